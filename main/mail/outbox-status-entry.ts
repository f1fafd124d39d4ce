import { OutboxMessage } from '@shared/model/message';
import type { OutboxDocument } from '@shared/model/message';
import type { JournalEntry } from '../store/journaled-document';

/**
 * One message's status change as a line of `outbox.json.journal` holds it: the fields it set (to
 * their new values) and the fields it removed. It says how the message is afterwards, not what to
 * add, so applying it twice is the same as once.
 */
export interface StatusEntry extends JournalEntry {
  c: 'message';
  /** The message's id. */
  k: string;
  v: { set: Partial<OutboxMessage>; unset: (keyof OutboxMessage)[] };
}

/**
 * Fields written with every change, even where memory holds their new value already (a line
 * before may not be on disk).
 */
const ALWAYS: readonly (keyof OutboxMessage)[] = ['status', 'attempts'];
/** Fields a status change never touches: they name the message. */
const FIXED: ReadonlySet<string> = new Set(['id', 'messageId']);

/** The entry for `change` applied to `message` (which it leaves as it is). */
export function statusEntry(message: OutboxMessage, change: (m: OutboxMessage) => void): StatusEntry {
  const after = { ...message };
  change(after);
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const k = key as keyof OutboxMessage;
    if (value !== message[k] || ALWAYS.includes(k)) set[key] = value;
  }
  const unset = (Object.keys(message) as (keyof OutboxMessage)[]).filter((k) => !(k in after));
  return { c: 'message', k: message.id, v: { set: set as Partial<OutboxMessage>, unset } };
}

const Fields = OutboxMessage.partial();
const fieldNames: ReadonlySet<string> = new Set(Object.keys(OutboxMessage.shape));

/** Check an entry read back from the journal; throws with the reason. */
export function decodeStatusEntry(entry: JournalEntry): StatusEntry {
  if (entry.c !== 'message') throw new Error(`it changes "${String(entry.c)}", not a message`);
  if (typeof entry.k !== 'string') throw new Error('it does not say which message it changes');
  const v = entry.v as { set?: unknown; unset?: unknown } | undefined;
  const unset = v?.unset;
  if (!v || !Array.isArray(unset) || !unset.every((f) => typeof f === 'string' && fieldNames.has(f))) {
    throw new Error('it does not say which fields of the message it removes');
  }
  const named = Object.keys((v.set ?? {}) as object);
  const fixed = [...named, ...(unset as string[])].find((f) => FIXED.has(f));
  if (fixed) throw new Error(`it changes the message's ${fixed}, which never changes`);
  const parsed = Fields.safeParse(v.set);
  if (!parsed.success) throw new Error(`its fields are not valid (${parsed.error.issues[0]?.message ?? 'unknown'})`);
  // Only the fields it names: zod's defaults would add others.
  const set = Object.fromEntries(
    named.filter((f) => fieldNames.has(f)).map((f) => [f, (parsed.data as Record<string, unknown>)[f]]),
  );
  return {
    c: 'message',
    k: entry.k,
    v: { set: set as Partial<OutboxMessage>, unset: unset as (keyof OutboxMessage)[] },
  };
}

/** Apply an entry to the message it names; one for a message no longer in the document (archived) changes nothing. */
export function applyStatusEntry(message: OutboxMessage | undefined, entry: StatusEntry): void {
  if (!message) return;
  for (const field of entry.v.unset) delete message[field];
  Object.assign(message, entry.v.set);
}

/**
 * Finds a message by id in a document: where it was last time, else after indexing the document
 * again (messages are only ever added at the end or removed, so the index holds for long).
 */
export function messageFinder(): (doc: OutboxDocument, id: string) => OutboxMessage | undefined {
  let positions = new Map<string, number>();
  return (doc, id) => {
    let at = positions.get(id);
    if (at === undefined || doc.messages[at]?.id !== id) {
      positions = new Map(doc.messages.map((m, i) => [m.id, i]));
      at = positions.get(id);
    }
    return at === undefined ? undefined : doc.messages[at];
  };
}
