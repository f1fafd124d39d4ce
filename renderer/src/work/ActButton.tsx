import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../../shared/api/item-contract';
import { useApp } from '../state/context';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';

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
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const workChanged = useApp((s) => s.workChanged);
  const [asking, setAsking] = useState(false);
  const [text, setText] = useState('');
  const [external, setExternal] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = async (reaction?: { text: string; external: boolean }) => {
    const fields = collect ? collect() : {};
    if (fields === null) return setAsking(false);
    setError(null);
    try {
      const changed = Object.keys(fields).length ? { fields } : {};
      await client.call('items.act', { itemId: task.itemId, actionNodeId: action.id, ...(reaction ? { reaction } : {}), ...changed });
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
      <button type="button" className={action.role === 'approve' ? 'primary' : action.role === 'reject' ? 'danger-text' : undefined} onClick={() => (task.reactionRequired ? setAsking(true) : void act())}>
        {action.label}
      </button>
      {asking && (
        <Dialog
          title={t('work.reactionTitle', { action: action.label })}
          onClose={() => setAsking(false)}
          footer={
            <>
              <button type="button" onClick={() => setAsking(false)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="primary" disabled={!text.trim()} onClick={() => void act({ text, external })}>
                {action.label}
              </button>
            </>
          }
        >
          <div className="form-row">
            <label htmlFor="reaction">{t('work.reaction')}</label>
            <textarea id="reaction" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <label className="prop-check">
            <input type="checkbox" checked={external} onChange={(e) => setExternal(e.target.checked)} />
            {t('work.external')}
          </label>
          {error !== null && <ErrorBox error={error} />}
        </Dialog>
      )}
      {!asking && error !== null && <ErrorBox error={error} />}
    </>
  );
}
