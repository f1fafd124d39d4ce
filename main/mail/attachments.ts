import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attachment } from '@shared/model/template';

/** Attachment files, kept in `attachments/` of the data folder under their id. */
export function attachmentFiles(dataDir: string) {
  const dir = join(dataDir, 'attachments');
  return {
    path: (id: string) => join(dir, id.replace(/[^\w-]/g, '')),
    /** Whether a file with this id is stored (an attachment field's value must name one). */
    has: (id: string): boolean => /^[\w-]+$/.test(id) && existsSync(join(dir, id)),
    /** Store a file durably and describe it. */
    async add(name: string, contentType: string, content: Buffer): Promise<Attachment> {
      await mkdir(dir, { recursive: true });
      const id = randomUUID();
      const handle = await open(join(dir, id), 'wx');
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { id, name, contentType, size: content.length };
    },
  };
}

export type AttachmentFiles = ReturnType<typeof attachmentFiles>;
