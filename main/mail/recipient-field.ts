import type { Recipient } from '@shared/messages/recipients';
import type { MessageDraft } from './outbox';

/** Who a message goes to, as the outbox records it: name, address and how the address was found. */
export const recipientField = (r: Recipient): MessageDraft['to'] => ({
  kind: r.kind,
  id: r.id,
  name: r.name,
  ...(r.email ? { email: r.email } : {}),
  chain: r.resolution.chain,
  external: r.external,
});
