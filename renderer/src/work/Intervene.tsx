import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '@shared/api/item-contract';
import { useApp } from '../state/context';
import { ErrorBox } from '../ui/ErrorText';

/** What the workflow's task manager may do with a running item: reassign, move, cancel. */
export function Intervene({ task, onDone }: { task: TaskView; onDone(): void }) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const workChanged = useApp((s) => s.workChanged);
  const users = useApp((s) => s.directory.users);
  const [assignee, setAssignee] = useState('');
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = (input: Parameters<typeof client.call<'items.intervene'>>[1]) =>
    client.call('items.intervene', input!).then(() => {
      setError(null);
      workChanged();
      onDone();
    }, setError);
  return (
    <div className="intervene">
      <h3>{t('work.intervene')}</h3>
      <div className="intervene-row">
        <select aria-label={t('work.reassignTo')} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">{t('work.reassignTo')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!assignee}
          onClick={() =>
            void run({ type: 'reassign', itemId: task.itemId, taskNodeId: task.taskNodeId, userIds: [assignee] })
          }
        >
          {t('work.reassign')}
        </button>
      </div>
      <div className="intervene-row">
        <select aria-label={t('work.moveTo')} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('work.moveTo')}</option>
          {task.moveTargets.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!target}
          onClick={() => void run({ type: 'moveTo', itemId: task.itemId, taskNodeId: target })}
        >
          {t('work.move')}
        </button>
      </div>
      <div className="intervene-row">
        <input
          type="text"
          aria-label={t('work.cancelReason')}
          placeholder={t('work.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button
          type="button"
          className="danger-text"
          onClick={() => void run({ type: 'cancel', itemId: task.itemId, ...(reason.trim() ? { reason } : {}) })}
        >
          {t('work.cancelItem')}
        </button>
      </div>
      {error !== null && <ErrorBox error={error} />}
    </div>
  );
}
