import { useCallback, useEffect, useState } from 'react';
import type { WorkflowSummary } from '../../../shared/api/workflow-contract';
import type { ItemType } from '../../../shared/model/item-type';
import { useApp } from '../state/context';

/**
 * The item types and the workflow summaries, loaded together (which workflow new items enter needs
 * both); `reload` after a change, `deps` reloads when they change. `types` is null until loaded.
 */
export function useTypesAndWorkflows(deps: readonly unknown[] = []) {
  const client = useApp((s) => s.client);
  const [types, setTypes] = useState<ItemType[] | null>(null);
  const [workflows, setWorkflows] = useState<WorkflowSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    Promise.all([client.call('itemTypes.list'), client.call('workflows.list')]).then(([list, summaries]) => {
      setTypes(list);
      setWorkflows(summaries);
    }, setError);
  }, [client, ...deps]);
  useEffect(reload, [reload]);
  return { types, workflows, error, setError, reload };
}
