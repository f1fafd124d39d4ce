import type { MessageDraft } from '../../main/mail/outbox';

/** Message `n` for the outbox, to `person<n>@ontvanger.example` (or to no address when `email` is null). */
export const messageDraft = (n: number, email: string | null = `person${n}@ontvanger.example`): MessageDraft => ({
  from: { name: 'Stroomlijn', email: 'noreply@stroomlijn.example' },
  to: { kind: 'address', name: `Persoon ${n}`, ...(email ? { email } : {}), chain: [], external: false },
  language: 'nl',
  subject: `Bericht ${n}`,
  html: `<p>Hallo ${n}</p>`,
  text: `Hallo ${n}`,
  source: { kind: 'example' },
});
