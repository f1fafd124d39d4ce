import { useState } from 'react';
import type { TaskView } from '../../../shared/api/item-contract';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';
import { ReactionDialog } from './ReactionDialog';

/** One action button of a task; asks for a reaction first when the task needs one. */
export function ActButton({ task, action, onDone }: { task: TaskView; action: TaskView['actions'][number]; onDone(): void }) {
  const client = useApp((s) => s.client);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = async (reaction?: { text: string; external: boolean }) => {
    try {
      await client.call('items.act', { itemId: task.itemId, actionNodeId: action.id, ...(reaction ? { reaction } : {}) });
      setAsking(false);
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <button type="button" className={action.role === 'approve' ? 'primary' : action.role === 'reject' ? 'danger-text' : undefined} onClick={() => (task.reactionRequired ? setAsking(true) : void act())}>
        {action.label}
      </button>
      {asking && <ReactionDialog actionLabel={action.label} error={error} onAct={(reaction) => void act(reaction)} onClose={() => setAsking(false)} />}
      {!asking && error !== null && <ErrorBox error={error} />}
    </>
  );
}
