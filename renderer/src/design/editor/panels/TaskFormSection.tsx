import { useTranslation } from 'react-i18next';
import type { ItemType } from '@shared/model/item-type';
import { type TaskFormField, TaskFormModes } from '@shared/model/task-form';
import type { NodeOf } from '@shared/model/workflow-nodes';
import { fieldLabel, useLanguage } from '../../../forms/field-text';
import { Section } from '../panel/controls';
import { RequiredBeforePicker, type TaskAction } from './RequiredBeforePicker';

interface Props {
  node: NodeOf<'task'>;
  itemType: ItemType | undefined;
  /** The actions that hang off the task, for "required before". */
  actions: readonly TaskAction[];
  update(patch: Partial<NodeOf<'task'>>, field: string): void;
}

/** The task's form: which item fields it shows, and whether they are read-only, editable or required before acting. */
export function TaskFormSection({ node, itemType, actions, update }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const form = node.form ?? [];
  const defs = itemType?.fields ?? [];
  const set = (next: TaskFormField[]) => update({ form: next }, 'form');
  const free = defs.filter((d) => !form.some((f) => f.field === d.key));
  const change = (i: number, patch: Partial<TaskFormField>) => {
    const next = { ...form[i]!, ...patch };
    const { actions: before, ...rest } = next;
    // Only a required field names actions; none listed means every action.
    set(form.map((x, j) => (j === i ? (next.mode === 'required' && before?.length ? next : rest) : x)));
  };
  const label = (key: string) => {
    const def = defs.find((d) => d.key === key);
    return def ? fieldLabel(def, lang) : key;
  };
  return (
    <Section title={t('taskForm.title')}>
      {!itemType && <p className="prop-hint">{t('taskForm.noItemType')}</p>}
      {form.map((f, i) => (
        <div key={f.field} className="task-form-field">
          <div className="inline-fields">
            <span>{label(f.field)}</span>
            <select
              aria-label={t('taskForm.modeOf', { field: label(f.field) })}
              value={f.mode}
              onChange={(e) => change(i, { mode: e.target.value as TaskFormField['mode'] })}
            >
              {TaskFormModes.map((m) => (
                <option key={m} value={m}>
                  {t(`taskForm.modes.${m}`)}
                </option>
              ))}
            </select>
            <button type="button" className="link" onClick={() => set(form.filter((_, j) => j !== i))}>
              {t('taskForm.remove', { field: label(f.field) })}
            </button>
          </div>
          {f.mode === 'required' && (
            <RequiredBeforePicker
              field={label(f.field)}
              value={f.actions}
              actions={actions}
              onChange={(picked) => change(i, { actions: picked })}
            />
          )}
        </div>
      ))}
      {free.length > 0 && (
        <select
          aria-label={t('taskForm.add')}
          value=""
          onChange={(e) => e.target.value && set([...form, { field: e.target.value, mode: 'readOnly' }])}
        >
          <option value="">{t('taskForm.add')}</option>
          {free.map((d) => (
            <option key={d.key} value={d.key}>
              {fieldLabel(d, lang)}
            </option>
          ))}
        </select>
      )}
    </Section>
  );
}
