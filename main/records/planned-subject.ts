import type { DataSource } from '@shared/messages';
import type { PlannedMessage } from '@shared/records/schedule';
import type { Language } from '@shared/model/common';
import { defaultSender, languageFor, type MessageWorld, renderFor } from '../engine/message-world';

/**
 * Each planned message with the subject it would have now: its template rendered from the same
 * message data the run will use (the record, or the waiting item), for its first recipient.
 */
export function withSubjects(
  world: MessageWorld,
  planned: PlannedMessage[],
  source: DataSource,
  language: Language,
): (PlannedMessage & { subject?: string })[] {
  return planned.map((m) => {
    const template = world.db.templates.find((t) => t.id === m.templateId);
    if (!template) return m;
    const first = m.to[0];
    const reader = {
      language: languageFor(template, language),
      ...(first ? { recipient: { ...first, external: false } } : {}),
    };
    const sender = defaultSender(world.db);
    const rendered = renderFor(world, template, source, { ...reader, ...(sender ? { sender } : {}) });
    return { ...m, subject: rendered.subject };
  });
}
