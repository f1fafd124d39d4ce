/** Settings → approval connectors (English, the reference). */
export const connectorsEn = {
  title: 'Delivery of approved messages',
  intro:
    'Messages that another application submits for approval go, once approved, to the address set here. Rejected ones go nowhere.',
  kind: 'How approved “{{name}}” are delivered',
  kinds: { none: 'Not delivered', webhook: 'To an address (webhook)', mail: 'By e-mail' },
  url: 'Address (URL)',
  headers: 'Extra headers, one “Name: value” per line',
  maxAttempts: 'Attempts',
  webhookHint:
    'Sent as JSON with an Idempotency-Key header; while the receiver cannot be reached it is tried again after 1, 5 and 30 minutes, then every 2 hours.',
  to: 'E-mail address',
  template: 'Template',
  mailHint: 'The template can show the submitted message with {{field}}.',
  save: 'Save delivery',
  saved: 'Saved.',
};
