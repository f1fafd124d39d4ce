import { MovedBy } from '../ui/MovedBy';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@shared/api/errors';
import type { TaskView } from '@shared/api/item-contract';
import type { FieldDef } from '@shared/model/item-type';
import { fieldValuesOf, type FormValues, inputValuesOf } from '../forms/form-values';
import { useLanguage } from '../forms/field-text';
import { ItemForm, type ItemFormField } from '../forms/ItemForm';
import { useFormProblems } from '../forms/useFormProblems';
import { ActButton } from './ActButton';
import { Intervene } from './Intervene';

interface Props {
  task: TaskView;
  /** The fields of the item's type, and their stored values. */
  defs: readonly FieldDef[];
  stored: Record<string, unknown>;
  when(iso: string): string;
  onDone(): void;
}

/** One task an item is in: its form (the item's fields it shows), its actions and the task manager's tools. */
export function TaskCard({ task, defs, stored, when, onDone }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const acts = task.mine || task.manager;
  const actionLabel = (id: string) => task.actions.find((a) => a.id === id)?.label ?? id;
  const fields: ItemFormField[] = task.form.flatMap((f) => {
    const def = defs.find((d) => d.key === f.field);
    if (!def) return [];
    const mode = acts ? f.mode : 'readOnly';
    const note =
      mode === 'required' && f.actions?.length
        ? t('forms.requiredFor', { actions: f.actions.map(actionLabel).join(', ') })
        : undefined;
    return [{ def, mode, note }];
  });
  const editable = fields.filter((f) => f.mode !== 'readOnly').map((f) => f.def);
  const [values, setValues] = useState<FormValues>(() => inputValuesOf(editable, stored, lang));
  const [error, setError] = useState<unknown>(null);
  const { problems, setUnread } = useFormProblems(
    error,
    editable.map((d) => d.key),
  );
  /** The fields changed on the form, as the API takes them; null (and the reason at the field) when one cannot be read. */
  const collect = () => {
    setError(null);
    const { fields: typed, problems: unread } = fieldValuesOf(editable, values, lang, true);
    setUnread(unread);
    if (unread.size) return null;
    const before = fieldValuesOf(editable, inputValuesOf(editable, stored, lang), lang, true).fields;
    return Object.fromEntries(
      Object.entries(typed).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
    );
  };
  const refused = (e: unknown) => {
    const atFields =
      e instanceof ApiError && e.issues.length > 0 && e.issues.every((i) => i.path.startsWith('fields.'));
    if (atFields) setError(e);
    return atFields;
  };
  const id = `task-${task.taskNodeId}`;
  return (
    <div className="task-card">
      <div>
        <strong>{task.title}</strong>
        {task.dueAt && (
          <span className={task.overdue ? 'wf-missing' : 'muted'}> · {t('work.due', { when: when(task.dueAt) })}</span>
        )}
        {task.dueAt && <MovedBy reasons={task.dueMovedBy} />}
      </div>
      {fields.length > 0 && (
        <div className="form task-form">
          <ItemForm
            idPrefix={id}
            fields={fields}
            values={values}
            stored={stored}
            problems={problems}
            itemId={task.itemId}
            onChange={(key, v) => setValues((prev) => ({ ...prev, [key]: v }))}
          />
          {problems.size > 0 && (
            <p className="error-box" role="alert">
              {t('errors.checkFields')}
            </p>
          )}
        </div>
      )}
      <div className="task-actions">
        {task.actions
          .filter((a) => a.mode === 'manual' && acts)
          .map((a) => (
            <ActButton key={a.id} task={task} action={a} collect={collect} onRefused={refused} onDone={onDone} />
          ))}
      </div>
      {task.manager && <Intervene task={task} onDone={onDone} />}
    </div>
  );
}
