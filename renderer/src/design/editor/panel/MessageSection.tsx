import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Addressee, MessageSetting } from '../../../../../shared/model/message-setting';
import type { Channel } from '../../../../../shared/model/template';
import { Icon } from '../../../ui/icons';
import { useLookups } from '../context';
import { Check, Field, Section, Select } from './controls';
import { NewTemplateDialog } from './NewTemplateDialog';
import type { MessageMoment } from './template-starter';
import { WhoRow } from './WhoEditor';
import { useWorkflowInfo } from './workflow-info';

const addresseeTypes: Addressee['type'][] = ['taskUsers', 'submitter', 'taskManager', 'role', 'users', 'userField', 'contactField'];
const off: MessageSetting = { enabled: false, addressee: { type: 'taskUsers' } };

/** "Send message" on a start (on start), a task (on enter) or an action (when it starts). */
interface Props {
  moment: MessageMoment;
  /** The step's name, for a new template's starter text. */
  step: string;
  value?: MessageSetting;
  onChange(m: MessageSetting, field: string): void;
  fieldListId: string;
}

export function MessageSection({ moment, step, value, onChange, fieldListId }: Props) {
  const { t } = useTranslation();
  const { templates } = useLookups();
  const info = useWorkflowInfo();
  const [creating, setCreating] = useState(false);
  const closeDialog = useCallback(() => setCreating(false), []);
  const message = value ?? off;
  const template = templates.find((tpl) => tpl.id === message.templateId);
  const set = (patch: Partial<MessageSetting>, field: string) => onChange({ ...message, ...patch }, field);
  return (
    <Section title={t('design.message.title')}>
      <Check label={t(`design.message.send.${moment}`)} checked={message.enabled} onChange={(enabled) => set({ enabled }, 'message.enabled')} />
      {message.enabled && (
        <>
          <Field label={t('design.message.to')}>
            {() => <WhoRow<Addressee> value={message.addressee} types={addresseeTypes} fieldListId={fieldListId} onChange={(addressee) => set({ addressee }, 'message.addressee')} />}
          </Field>
          <Field label={t('design.message.template')}>
            {(id) => (
              <div className="template-pick">
                <Select id={id} value={message.templateId ?? ''} empty={t('design.pick')} options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))} onChange={(templateId) => set({ templateId: templateId || undefined }, 'message.templateId')} />
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
                set({ templateId: template.id }, 'message.templateId');
              }}
            />
          )}
          <Field label={t('design.message.channel')}>
            {(id) => (
              <Select
                id={id}
                value={message.channel ?? ''}
                empty={t('design.message.channelOfTemplate', { channel: template ? t(`design.channels.${template.channel}`) : '—' })}
                options={(['email', 'inbox', 'both'] as Channel[]).map((c) => ({ value: c, label: t(`design.channels.${c}`) }))}
                onChange={(channel) => set({ channel: (channel || undefined) as Channel | undefined }, 'message.channel')}
              />
            )}
          </Field>
        </>
      )}
    </Section>
  );
}
