import { useCallback, useEffect, useState } from 'react';
import type { ItemType } from '@shared/model/item-type';
import type { CrmRecord } from '@shared/model/record';
import { useApp } from '../state/context';

/** What the preview can be rendered from: item types (their sample), the latest items, records and contacts. */
export interface DataSources {
  itemTypes: ItemType[];
  items: { id: string; number: string; subject: string }[];
  records: Pick<CrmRecord, 'id' | 'entity' | 'title'>[];
  contacts: { id: string; name: string }[];
}

const LATEST = 50;

/** Loads the data sources for the preview's select; `reload` after a change elsewhere. */
export function useDataSources(): { sources: DataSources; reload(): Promise<void>; error: unknown } {
  const client = useApp((s) => s.client);
  const [sources, setSources] = useState<DataSources>({ itemTypes: [], items: [], records: [], contacts: [] });
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    const [itemTypes, items, records, directory] = await Promise.all([
      client.call('itemTypes.list'),
      client.call('items.list', {}),
      client.call('records.list', { limit: LATEST }),
      client.call('directory.get'),
    ]);
    setSources({
      itemTypes,
      items: items.slice(-LATEST).reverse(),
      records,
      contacts: directory.contacts.slice(0, LATEST),
    });
  }, [client]);
  useEffect(() => void reload().catch(setError), [reload]);
  return { sources, reload, error };
}
