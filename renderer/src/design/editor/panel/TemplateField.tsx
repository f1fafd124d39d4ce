import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/icons';
import { useLookups } from '../context';
import { Field, Select } from './controls';
import { NewTemplateDialog } from './NewTemplateDialog';
import type { MessageMoment } from './template-starter';
import { useWorkflowInfo } from './workflow-info';

interface Props {
  value?: string;
  onChange(templateId: string | undefined): void;
  /** When the step sends (chooses the new template's starter text). */
  moment: MessageMoment;
  /** The step's name, for a new template's starter text. */
  step: string;
}

/** A step's message template: chosen from the list, or made on the spot without leaving the editor. */
export function TemplateField({ value, onChange, moment, step }: Props) {
  const { t } = useTranslation();
  const { templates } = useLookups();
  const info = useWorkflowInfo();
  const [creating, setCreating] = useState(false);
  const closeDialog = useCallback(() => setCreating(false), []);
  return (
    <>
      <Field label={t('design.message.template')}>
        {(id) => (
          <div className="template-pick">
            <Select
              id={id}
              value={value ?? ''}
              empty={t('design.pick')}
              options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
              onChange={(templateId) => onChange(templateId || undefined)}
            />
            <button type="button" className="link-button" onClick={() => setCreating(true)}>
              <Icon name="plus" size={14} /> {t('editorAid.template.new')}
            </button>
          </div>
        )}
      </Field>
      {creating && (
        <NewTemplateDialog
          moment={moment}
          step={step}
          workflow={info.name}
          language={info.language}
          onClose={closeDialog}
          onCreated={(template) => {
            setCreating(false);
            onChange(template.id);
          }}
        />
      )}
    </>
  );
}
