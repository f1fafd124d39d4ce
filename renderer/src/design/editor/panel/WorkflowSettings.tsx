import { useTranslation } from 'react-i18next';
import { Languages } from '@shared/model/common';
import type { Workflow } from '@shared/model/workflow';
import { useLookups } from '../context';
import { Check, Field, Section, Select } from './controls';
import { WorkflowRoute } from './WorkflowRoute';

export type SettingsChange = Partial<{
  name: string;
  itemTypeId: string | null;
  taskManagerUserId: string | null;
  language: Workflow['language'];
  confidential: boolean;
  active: boolean;
  explanation: string | null;
}>;

/** Workflow-level settings, shown while no node is selected: name, item type, task manager, language. */
export function WorkflowSettings({
  workflow,
  onChange,
  readOnly,
}: {
  workflow: Workflow;
  onChange(change: SettingsChange): void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { itemTypes, directory } = useLookups();
  return (
    <fieldset disabled={readOnly} className="prop-fieldset">
      <Section title={t('design.settings.title')}>
        <Field label={t('design.settings.name')}>
          {(id) => (
            <input
              id={id}
              type="text"
              defaultValue={workflow.name}
              key={workflow.name}
              onBlur={(e) =>
                e.target.value.trim() && e.target.value !== workflow.name && onChange({ name: e.target.value.trim() })
              }
            />
          )}
        </Field>
        <Field label={t('design.settings.itemType')}>
          {(id) => (
            <Select
              id={id}
              value={workflow.itemTypeId ?? ''}
              empty={t('design.settings.noItemType')}
              options={itemTypes.map((it) => ({ value: it.id, label: it.name }))}
              onChange={(v) => onChange({ itemTypeId: v || null })}
            />
          )}
        </Field>
        <Field label={t('design.settings.taskManager')} hint={t('design.settings.taskManagerHint')}>
          {(id) => (
            <Select
              id={id}
              value={workflow.taskManagerUserId ?? ''}
              empty={t('design.settings.noTaskManager')}
              options={directory.users.map((u) => ({ value: u.id, label: u.name }))}
              onChange={(v) => onChange({ taskManagerUserId: v || null })}
            />
          )}
        </Field>
        <Field label={t('design.settings.language')} hint={t('design.settings.languageHint')}>
          {(id) => (
            <Select
              id={id}
              value={workflow.language}
              options={Languages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              onChange={(v) => onChange({ language: v as Workflow['language'] })}
            />
          )}
        </Field>
        <Check
          label={t('design.settings.confidential')}
          checked={workflow.confidential}
          onChange={(confidential) => onChange({ confidential })}
        />
        <WorkflowRoute workflow={workflow} onChange={onChange} />
      </Section>
      <p className="prop-hint">{t('design.settings.selectHint')}</p>
    </fieldset>
  );
}
