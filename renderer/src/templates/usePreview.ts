import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../shared/api';
import type { Addressee } from '../../../shared/model/message-setting';
import type { MessageTemplate } from '../../../shared/model/template';
import { useApp } from '../state/context';

export type Preview = ApiOutput<'templates.preview'>;

/** The rendered template in every language, refreshed a moment after each change. */
export function usePreview(template: MessageTemplate, addressee: Addressee, itemTypeId?: string, itemId?: string): { preview: Preview | null; error: unknown } {
  const client = useApp((s) => s.client);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      client.call('templates.preview', { template, addressee, ...(itemTypeId ? { itemTypeId } : {}), ...(itemId ? { itemId } : {}) }).then(
        (p) => {
          if (!live) return;
          setPreview(p);
          setError(null);
        },
        (e: unknown) => live && setError(e),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, template, addressee, itemTypeId, itemId]);
  return { preview, error };
}
