import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput } from '@shared/api';
import type { Addressee } from '@shared/model/message-setting';
import type { MessageTemplate } from '@shared/model/template';
import { useApp } from '../state/context';

export type Preview = ApiOutput<'templates.preview'>;
/** What the preview renders from: one real item, record or mailing recipient, or the sample (of an item type). */
export type SourceChoice = Pick<ApiInput<'templates.preview'>, 'itemTypeId' | 'itemId' | 'recordId' | 'recipient'>;

/**
 * The preview's data source as the select holds it — "" (the sample), "type:<id>", "item:<id>",
 * "record:<id>", "contact:<id>" — as the API wants it.
 */
export function sourceChoice(value: string): SourceChoice {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  switch (kind) {
    case 'type':
      return { itemTypeId: id };
    case 'item':
      return { itemId: id };
    case 'record':
      return { recordId: id };
    case 'contact':
      return { recipient: { kind: 'contacts', id } };
    default:
      return {};
  }
}

/** The rendered template in every language, refreshed a moment after each change; none while there is no template. */
export function usePreview(
  template: MessageTemplate | null,
  addressee: Addressee,
  choice: SourceChoice,
): { preview: Preview | null; error: unknown } {
  const client = useApp((s) => s.client);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = JSON.stringify(choice);
  useEffect(() => {
    if (!template) return;
    let live = true;
    const timer = setTimeout(() => {
      client.call('templates.preview', { template, addressee, ...(JSON.parse(key) as SourceChoice) }).then(
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
  }, [client, template, addressee, key]);
  return { preview, error };
}
