import { useCallback, useEffect, useState } from 'react';
import type { WorkflowSummary } from '@shared/api/workflow-contract';
import type { ItemType } from '@shared/model/item-type';
import { useApp } from '../state/context';

/**
 * The item types and the workflow summaries, loaded together (which workflow new items enter needs
 * both); `reload` after a change; it reloads when `key` changes. `types` is null until loaded.
 */
export function useTypesAndWorkflows(key?: string) {
  const client = useApp((s) => s.client);
  const [types, setTypes] = useState<ItemType[] | null>(null);
  const [workflows, setWorkflows] = useState<WorkflowSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    Promise.all([client.call('itemTypes.list'), client.call('workflows.list')]).then(([list, summaries]) => {
      setTypes(list);
      setWorkflows(summaries);
    }, setError);
  }, [client]);
  // key is not read by reload; a new key is what makes it run again.
  useEffect(reload, [reload, key]);
  return { types, workflows, error, setError, reload };
}
