import { useTranslation } from 'react-i18next';
import type { ItemType } from '../../../../../shared/model/item-type';
import { type TaskFormField, TaskFormModes } from '../../../../../shared/model/task-form';
import type { NodeOf } from '../../../../../shared/model/workflow-nodes';
import { fieldLabel, useLanguage } from '../../../forms/field-text';
import { Section } from '../panel/controls';

interface Props {
  node: NodeOf<'task'>;
  itemType: ItemType | undefined;
  update(patch: Partial<NodeOf<'task'>>, field: string): void;
}

/** The task's form: which item fields it shows, and whether they are read-only, editable or required before acting. */
export function TaskFormSection({ node, itemType, update }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const form = node.form ?? [];
  const defs = itemType?.fields ?? [];
  const set = (next: TaskFormField[]) => update({ form: next }, 'form');
  const free = defs.filter((d) => !form.some((f) => f.field === d.key));
  const label = (key: string) => {
    const def = defs.find((d) => d.key === key);
    return def ? fieldLabel(def, lang) : key;
  };
  return (
    <Section title={t('taskForm.title')}>
      {!itemType && <p className="prop-hint">{t('taskForm.noItemType')}</p>}
      {form.map((f, i) => (
        <div key={f.field} className="inline-fields">
          <span>{label(f.field)}</span>
          <select
            aria-label={t('taskForm.modeOf', { field: label(f.field) })}
            value={f.mode}
            onChange={(e) => set(form.map((x, j) => (j === i ? { field: x.field, mode: e.target.value as TaskFormField['mode'] } : x)))}
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
