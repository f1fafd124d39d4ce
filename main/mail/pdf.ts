import { randomBytes } from 'node:crypto';
import type PDFKit from 'pdfkit';

/** pdfkit takes a quarter of a second to load: loaded on the first PDF, not at start (issue 17). */
let pdfkit: Promise<typeof PDFKit> | undefined;
const loadPdfKit = () => (pdfkit ??= import('pdfkit').then((m) => m.default));

/**
 * The rendered message as a read-only PDF (seed 003: "als alleen-lezen bijlage"): subject as
 * title, the text part as body; changing it needs the owner password, which nobody is told.
 */
export async function renderPdf({
  title,
  text,
  author,
}: {
  title: string;
  text: string;
  author: string;
}): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: title, Author: author, Producer: 'Stroomlijn' },
      ownerPassword: randomBytes(16).toString('hex'),
      permissions: {
        printing: 'highResolution',
        modifying: false,
        copying: true,
        annotating: false,
        fillingForms: false,
        contentAccessibility: true,
        documentAssembly: false,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(16).text(title, { paragraphGap: 12 });
    doc.font('Helvetica').fontSize(11).text(text, { lineGap: 3 });
    doc.end();
  });
}
