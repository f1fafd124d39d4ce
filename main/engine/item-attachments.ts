import { readFile } from 'node:fs/promises';
import type { Caller } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import { ITEM_ATTACHMENT_MAX_BYTES } from '@shared/api/item-contract';
import type { Attachment } from '@shared/model/template';
import type { AttachmentFiles } from '../mail/attachments';
import type { ItemAccess } from './item-access';
import type { Work } from './work';

/** The attachment an item's fields hold with this id. */
const attachmentIn = (fields: Record<string, unknown>, id: string): Attachment | undefined =>
  Object.values(fields).find(
    (v): v is Attachment => typeof v === 'object' && v !== null && (v as { id?: unknown }).id === id,
  );

/**
 * Files of items' attachment fields, kept with the other attachment files (attachments/): stored
 * for whoever may attach them, read back by those who may see the item that holds them.
 */
export function createItemAttachments(files: AttachmentFiles, work: Work, access: ItemAccess) {
  return {
    async add(caller: Caller, input: { itemId?: string; name: string; contentType: string; base64: string }) {
      if (input.itemId) access.attacher(caller, await work.get(caller, input.itemId));
      const content = Buffer.from(input.base64, 'base64');
      if (content.length > ITEM_ATTACHMENT_MAX_BYTES) {
        throw ApiError.invalidInput('This file cannot be attached', [
          { path: 'base64', message: 'is larger than 8 MB' },
        ]);
      }
      return files.add(input.name, input.contentType, content);
    },
    async read(caller: Caller, itemId: string, attachmentId: string) {
      const item = await work.get(caller, itemId);
      const attachment = attachmentIn(item.fields, attachmentId);
      if (!attachment) throw new ApiError('not_found', `Item ${item.number} holds no file with id "${attachmentId}".`);
      const content = await readFile(files.path(attachment.id));
      return { ...attachment, base64: content.toString('base64') };
    },
  };
}
export type ItemAttachments = ReturnType<typeof createItemAttachments>;
