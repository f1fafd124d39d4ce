/** An office's own template for a mailing to contacts: its subject names the recipient. */
export const offerTemplate = {
  name: 'Offerte opvolgen',
  channel: 'email',
  audience: 'external',
  attachments: [],
  generatedPdf: false,
  texts: { nl: { subject: 'Uw offerte, {{Recipient.Name}}', html: '<p>Beste {{Recipient.Name}},</p>' } },
};
