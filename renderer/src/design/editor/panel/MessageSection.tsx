import { useTranslation } from 'react-i18next';
import type { Addressee, MessageSetting } from '@shared/model/message-setting';
import type { Channel } from '@shared/model/template';
import { useLookups } from '../context';
import { Check, Field, Section, Select } from './controls';
import { TemplateField } from './TemplateField';
import type { MessageMoment } from './template-starter';
import { WhoRow } from './WhoEditor';

const addresseeTypes: Addressee['type'][] = [
  'taskUsers',
  'submitter',
  'taskManager',
  'role',
  'users',
  'userField',
  'contactField',
];
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
  const message = value ?? off;
  const template = templates.find((tpl) => tpl.id === message.templateId);
  const set = (patch: Partial<MessageSetting>, field: string) => onChange({ ...message, ...patch }, field);
  return (
    <Section title={t('design.message.title')}>
      <Check
        label={t(`design.message.send.${moment}`)}
        checked={message.enabled}
        onChange={(enabled) => set({ enabled }, 'message.enabled')}
      />
      {message.enabled && (
        <>
          <Field label={t('design.message.to')}>
            {() => (
              <WhoRow<Addressee>
                value={message.addressee}
                types={addresseeTypes}
                fieldListId={fieldListId}
                onChange={(addressee) => set({ addressee }, 'message.addressee')}
              />
            )}
          </Field>
          <TemplateField
            value={message.templateId}
            moment={moment}
            step={step}
            onChange={(templateId) => set({ templateId }, 'message.templateId')}
          />
          <Field label={t('design.message.channel')}>
            {(id) => (
              <Select
                id={id}
                value={message.channel ?? ''}
                empty={t('design.message.channelOfTemplate', {
                  channel: template ? t(`design.channels.${template.channel}`) : '—',
                })}
                options={(['email', 'inbox', 'both'] as Channel[]).map((c) => ({
                  value: c,
                  label: t(`design.channels.${c}`),
                }))}
                onChange={(channel) =>
                  set({ channel: (channel || undefined) as Channel | undefined }, 'message.channel')
                }
              />
            )}
          </Field>
        </>
      )}
    </Section>
  );
}
