import { useState } from 'react';
import type { TaskView } from '@shared/api/item-contract';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';
import { ReactionDialog } from './ReactionDialog';

interface Props {
  task: TaskView;
  action: TaskView['actions'][number];
  /** The fields changed on the task's form, or null when one cannot be read (the form says why). */
  collect?: () => Record<string, unknown> | null;
  /** A refusal about the form's fields: shown at them (true), not here. */
  onRefused?: (error: unknown) => boolean;
  onDone(): void;
}

/** One action button of a task; asks for a reaction first when the task needs one. */
export function ActButton({ task, action, collect, onRefused, onDone }: Props) {
  const client = useApp((s) => s.client);
  const workChanged = useApp((s) => s.workChanged);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = async (reaction?: { text: string; external: boolean }) => {
    const fields = collect ? collect() : {};
    if (fields === null) return setAsking(false);
    setError(null);
    try {
      const changed = Object.keys(fields).length ? { fields } : {};
      await client.call('items.act', {
        itemId: task.itemId,
        actionNodeId: action.id,
        ...(reaction ? { reaction } : {}),
        ...changed,
      });
      setAsking(false);
      workChanged();
      onDone();
    } catch (e) {
      if (onRefused?.(e)) setAsking(false);
      else setError(e);
    }
  };
  return (
    <>
      <button
        type="button"
        className={action.role === 'approve' ? 'primary' : action.role === 'reject' ? 'danger-text' : undefined}
        onClick={() => (task.reactionRequired ? setAsking(true) : void act())}
      >
        {action.label}
      </button>
      {asking && (
        <ReactionDialog
          actionLabel={action.label}
          error={error}
          onAct={(reaction) => void act(reaction)}
          onClose={() => setAsking(false)}
        />
      )}
      {!asking && error !== null && <ErrorBox error={error} />}
    </>
  );
}
