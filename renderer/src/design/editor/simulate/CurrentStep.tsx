import { MovedBy } from '../../../ui/MovedBy';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationEvent, SimulationResult } from '@shared/api/simulate-contract';
import type { Workflow } from '@shared/model/workflow';
import { useLookups } from '../context';
import { FieldInput } from './FieldInput';
import { fieldValues, type SampleField } from './sample-item';

type Task = SimulationResult['tasks'][number];

/** One task the simulated item is in: who acts, the reaction, and a button per manual action. */
function TaskCard({
  task,
  workflow,
  onEvent,
}: {
  task: Task;
  workflow: Workflow;
  onEvent(event: SimulationEvent): void;
}) {
  const { t } = useTranslation();
  const { directory } = useLookups();
  const manager = workflow.taskManagerUserId
    ? directory.users.find((u) => u.id === workflow.taskManagerUserId)
    : undefined;
  const people = [
    ...task.users,
    ...(manager && !task.users.some((u) => u.id === manager.id) ? [{ id: manager.id, name: manager.name }] : []),
  ];
  const choices = people.length ? people : directory.users.map((u) => ({ id: u.id, name: u.name }));
  const [userId, setUserId] = useState(choices[0]?.id ?? '');
  const [text, setText] = useState('');
  const [external, setExternal] = useState(false);
  const id = `sim-${task.taskNodeId}`;
  const missing = task.reactionRequired && !text.trim();
  return (
    <section className="sim-task" aria-labelledby={`${id}-title`}>
      <strong id={`${id}-title`}>{task.title}</strong>
      <div className="prop-field">
        <label htmlFor={`${id}-who`}>{t('simulate.actsAs')}</label>
        <select id={`${id}-who`} value={userId} onChange={(e) => setUserId(e.target.value)}>
          {choices.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div className="prop-field">
        <label htmlFor={`${id}-reaction`}>
          {task.reactionRequired ? t('simulate.reactionRequired') : t('simulate.reaction')}
        </label>
        <textarea id={`${id}-reaction`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <label className="prop-check small">
        <input type="checkbox" checked={external} onChange={(e) => setExternal(e.target.checked)} />
        {t('simulate.external')}
      </label>
      <div className="sim-actions">
        {task.actions.map((a) =>
          a.mode === 'manual' ? (
            <button
              key={a.id}
              type="button"
              className={a.role === 'approve' ? 'primary' : a.role === 'reject' ? 'danger-text' : undefined}
              disabled={missing || !userId}
              title={missing ? t('simulate.needsReaction') : undefined}
              onClick={() =>
                onEvent({
                  type: 'act',
                  actionNodeId: a.id,
                  userId,
                  ...(text.trim() ? { reaction: { text, external } } : {}),
                })
              }
            >
              {a.label}
            </button>
          ) : (
            <span key={a.id} className="muted sim-auto">
              {t('simulate.automatic', { label: a.label })}
            </span>
          ),
        )}
      </div>
    </section>
  );
}

/** Change one field of the simulated item: automatic actions whose condition then holds fire. */
function FieldChange({ fields, onEvent }: { fields: SampleField[]; onEvent(event: SimulationEvent): void }) {
  const { t } = useTranslation();
  const { directory } = useLookups();
  const [key, setKey] = useState(fields[0]?.key ?? '');
  const [value, setValue] = useState('');
  const field = fields.find((f) => f.key === key) ?? { key, label: key, kind: 'text' as const };
  return (
    <form
      className="sim-field-change"
      onSubmit={(e) => {
        e.preventDefault();
        if (key.trim())
          onEvent({
            type: 'updateFields',
            fields: { [key.trim()]: fieldValues([field], { [key.trim()]: value })[key.trim()] ?? '' },
          });
      }}
    >
      <h4 className="sim-heading">{t('simulate.changeField')}</h4>
      <div className="prop-field">
        <label htmlFor="sim-change-field">{t('simulate.field')}</label>
        <input
          id="sim-change-field"
          type="text"
          list="sim-field-names"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        <datalist id="sim-field-names">
          {fields.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </datalist>
      </div>
      <div className="prop-field">
        <label htmlFor="sim-change-value">{t('simulate.value')}</label>
        <FieldInput id="sim-change-value" field={field} value={value} directory={directory} onChange={setValue} />
      </div>
      <button type="submit" disabled={!key.trim()}>
        {t('simulate.apply')}
      </button>
    </form>
  );
}

/** What can happen next: the tasks with their actions, the timers that can fire, a field change. */
export function CurrentStep({
  result,
  workflow,
  fields,
  nodeTitle,
  formatTime,
  onEvent,
}: {
  result: SimulationResult;
  workflow: Workflow;
  fields: SampleField[];
  nodeTitle(id: string): string;
  formatTime(iso: string): string;
  onEvent(event: SimulationEvent): void;
}) {
  const { t } = useTranslation();
  if (result.status !== 'running') return null;
  return (
    <div className="prop-section sim-now">
      <header>
        <h4>{t('simulate.current')}</h4>
      </header>
      {result.tasks.length === 0 && <p className="prop-hint">{t('simulate.noTasks')}</p>}
      {result.tasks.map((task) => (
        // A new step starts each card afresh (who acts, the reaction).
        <TaskCard key={`${task.taskNodeId}:${result.steps.length}`} task={task} workflow={workflow} onEvent={onEvent} />
      ))}
      {result.timers.length > 0 && (
        <div className="sim-timers">
          <h4 className="sim-heading">{t('simulate.timers')}</h4>
          {result.timers.map((timer) => (
            <button
              key={`${timer.kind}:${timer.nodeId}`}
              type="button"
              onClick={() => onEvent({ type: 'timer', nodeId: timer.nodeId })}
            >
              ⏱{' '}
              {t('simulate.fireTimer', {
                node: nodeTitle(timer.nodeId),
                kind: t(`simulate.timerKinds.${timer.kind}`),
                time: formatTime(timer.at),
              })}
              <MovedBy reasons={timer.movedBy} />
            </button>
          ))}
        </div>
      )}
      <FieldChange fields={fields} onEvent={onEvent} />
    </div>
  );
}
