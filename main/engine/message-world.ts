import {
  type DataContext,
  type DataSource,
  knownFields,
  messageData,
  type Reader,
  type Rendered,
  renderTemplate,
  shapeOf,
} from '@shared/messages';
import type { Language } from '@shared/model/common';
import type { Database } from '@shared/model/database';
import type { CrmRecord } from '@shared/model/record';
import type { Sender } from '@shared/model/settings';
import type { MessageTemplate } from '@shared/model/template';
import type { TaskMailPort } from '../mail-actions/task-mail';

/** What rendering a message reads in main: the database and the CRM records (the records store, then the Directory). */
export interface MessageWorld {
  readonly db: Database;
  recordOf(id: string): CrmRecord | undefined;
  /** Links and reply address for a task mail to a user (acting from the mail); absent: plain task mails. */
  taskMail?: TaskMailPort;
}

export const dataContext = (world: MessageWorld): DataContext => ({
  directory: world.db.directory,
  itemTypes: world.db.itemTypes,
  recordOf: (id) => world.recordOf(id),
});

/** The sender a message goes out as when none is chosen: the default, else the first. */
export const defaultSender = (db: Database): Sender | undefined =>
  db.settings.senders.find((s) => s.id === db.settings.defaultSenderId) ?? db.settings.senders[0];

/** The language a template is rendered in for someone who prefers `preferred`: that one if the template has it. */
export const languageFor = (template: Pick<MessageTemplate, 'texts'>, preferred: Language): Language =>
  template.texts[preferred] ? preferred : ((Object.keys(template.texts)[0] as Language | undefined) ?? preferred);

/** One template rendered from a source for a reader, its fields checked against what that source can fill. */
export function renderFor(
  world: MessageWorld,
  template: Pick<MessageTemplate, 'texts'>,
  source: DataSource,
  reader: Reader,
): Rendered {
  const ctx = dataContext(world);
  const frame = reader.actions ? { actions: reader.actions } : {};
  return renderTemplate(
    template,
    reader.language,
    messageData(source, ctx, reader),
    knownFields(shapeOf(source, ctx)),
    frame,
  );
}
