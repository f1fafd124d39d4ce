import { ApiError } from '../../shared/api/errors';
import { csvIssue, decodeWindows1252 } from '../../shared/directory';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const startsWith = (bytes: Uint8Array, ...head: number[]) => head.every((b, i) => bytes[i] === b);

const refuse = (hint?: string): never => {
  const issue = csvIssue('file', 'notText', hint ? { hint } : {});
  throw ApiError.invalidInput('This file cannot be read', [issue]);
};

/**
 * A CSV file's text, from its bytes as offices save them: UTF-8 with or without a byte order mark,
 * UTF-16 with one (Excel's "Unicode text"), or else Windows-1252 (Excel's "CSV" on a Dutch or German
 * PC: René is 52 65 6E E9). A workbook or other binary file is refused, before anything is read.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) refuse('an Excel workbook (.xlsx)');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) refuse('an Excel 97-2003 workbook (.xls)');
  const decoded = ((): { text: string; encoding: CsvEncoding } => {
    if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
    if (startsWith(bytes, 0xff, 0xfe)) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
    if (startsWith(bytes, 0xfe, 0xff)) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      // Not UTF-8: every byte is a character in Windows-1252.
      return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
  })();
  // Control characters other than tab and line breaks do not occur in a text file.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u009f]/.test(decoded.text)) refuse();
  return decoded;
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return refuse(`not valid ${encoding.toUpperCase()}`);
  }
}
