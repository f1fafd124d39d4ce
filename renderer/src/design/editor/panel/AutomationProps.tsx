import { DayUnitSelect } from './DayUnit';
import { useTranslation } from 'react-i18next';
import type { Addressee } from '@shared/model/message-setting';
import type { Channel } from '@shared/model/template';
import { recordOptions } from '@shared/records/options';
import { useLookups } from '../context';
import { Count, Field, Section, Select } from './controls';
import { FieldSelect, ValueInput } from './FieldPick';
import { TemplateField } from './TemplateField';
import type { PropsOf } from './types';
import { WhoList } from './WhoEditor';

const notifyTypes: Addressee['type'][] = ['users', 'role', 'userField', 'contactField', 'submitter', 'taskManager'];

export const TitleField = ({ value, onChange }: { value: string; onChange(v: string): void }) => {
  const { t } = useTranslation();
  return (
    <Field label={t('design.title')}>
      {(id) => <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
};

export function NotifyProps({ node, update, fieldListId }: PropsOf<'notify'>) {
  const { t } = useTranslation();
  return (
    <Section title={t('design.kinds.notify')}>
      <TitleField value={node.title ?? ''} onChange={(title) => update({ title: title || undefined }, 'title')} />
      <Field label={t('design.message.to')}>
        {() => (
          <WhoList<Addressee>
            items={node.to}
            types={notifyTypes}
            withTaskList={false}
            fieldListId={fieldListId}
            addLabel={t('design.notify.addRecipient')}
            onChange={(to) => update({ to }, 'to')}
          />
        )}
      </Field>
      <TemplateField
        value={node.templateId}
        moment="action"
        step={node.title ?? t('design.kinds.notify')}
        onChange={(templateId) => update({ templateId }, 'templateId')}
      />
      <Field label={t('design.message.channel')}>
        {(id) => (
          <Select
            id={id}
            value={node.channel}
            options={(['email', 'inbox', 'both'] as Channel[]).map((c) => ({
              value: c,
              label: t(`design.channels.${c}`),
            }))}
            onChange={(channel) => update({ channel: channel as Channel }, 'channel')}
          />
        )}
      </Field>
    </Section>
  );
}

export function CreateTaskProps({ node, update }: PropsOf<'createTask'>) {
  const { t } = useTranslation();
  const { directory } = useLookups();
  return (
    <Section title={t('design.kinds.createTask')}>
      <TitleField value={node.title} onChange={(title) => update({ title }, 'title')} />
      <Field label={t('design.createTask.type')}>
        {(id) => (
          <Select
            id={id}
            value={node.taskType ?? ''}
            empty={t('design.pick')}
            options={recordOptions.taskTypes.map((type) => ({ value: type, label: type }))}
            onChange={(v) => update({ taskType: v || undefined }, 'taskType')}
          />
        )}
      </Field>
      <Field label={t('design.createTask.assignee')}>
        {(id) => (
          <Select
            id={id}
            value={node.assigneeUserId ?? ''}
            empty={t('design.pick')}
            options={directory.users.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(v) => update({ assigneeUserId: v || undefined }, 'assigneeUserId')}
          />
        )}
      </Field>
      <Field label={t('design.createTask.dueAfter')}>
        {(id) => (
          <div className="inline-fields">
            <Count
              id={id}
              min={0}
              value={node.dueInDays ?? 0}
              onChange={(dueInDays) => update({ dueInDays }, 'dueInDays')}
            />
            <DayUnitSelect
              value={node.dueUnit ?? 'days'}
              onChange={(unit) => update({ dueUnit: unit === 'days' ? undefined : unit }, 'dueUnit')}
            />
          </div>
        )}
      </Field>
    </Section>
  );
}

export function SetFieldProps({ node, update }: PropsOf<'setField'>) {
  const { t } = useTranslation();
  return (
    <Section title={t('design.kinds.setField')}>
      <Field label={t('design.fieldName')} hint={t('design.setField.hint')}>
        {(id) => (
          <FieldSelect
            id={id}
            label={t('design.fieldName')}
            value={node.field}
            onChange={(field) => update({ field, value: '' }, 'field')}
          />
        )}
      </Field>
      <Field label={t('design.condition.value')}>
        {(id) => (
          <ValueInput
            id={id}
            label={t('design.condition.value')}
            field={node.field}
            value={node.value}
            onChange={(value) => update({ value }, 'value')}
          />
        )}
      </Field>
    </Section>
  );
}

export function WaitProps({ node, update, fieldListId }: PropsOf<'wait'>) {
  const { t } = useTranslation();
  const until = node.until;
  return (
    <Section title={t('design.kinds.wait')}>
      <TitleField value={node.title ?? ''} onChange={(title) => update({ title: title || undefined }, 'title')} />
      <Field label={t('design.wait.kind')}>
        {(id) => (
          <Select
            id={id}
            value={until.type}
            options={[
              { value: 'duration', label: t('design.wait.duration') },
              { value: 'dateField', label: t('design.wait.dateField') },
            ]}
            onChange={(type) =>
              update(
                { until: type === 'duration' ? { type, amount: 1, unit: 'days' } : { type: 'dateField', field: '' } },
                'until',
              )
            }
          />
        )}
      </Field>
      {until.type === 'duration' ? (
        <div className="inline-fields">
          <Count value={until.amount} onChange={(amount) => update({ until: { ...until, amount } }, 'until.amount')} />
          <Select
            value={until.unit}
            options={(['minutes', 'hours', 'days', 'workingDays'] as const).map((u) => ({
              value: u,
              label: t(`design.units.${u}`),
            }))}
            onChange={(unit) => update({ until: { ...until, unit: unit as typeof until.unit } }, 'until.unit')}
          />
        </div>
      ) : (
        <Field label={t('design.fieldName')}>
          {(id) => (
            <input
              id={id}
              type="text"
              list={fieldListId}
              value={until.field}
              onChange={(e) => update({ until: { ...until, field: e.target.value } }, 'until.field')}
            />
          )}
        </Field>
      )}
    </Section>
  );
}

export function EndProps({ node, update }: PropsOf<'end'>) {
  const { t } = useTranslation();
  return (
    <Section title={t('design.kinds.end')}>
      <TitleField value={node.title ?? ''} onChange={(title) => update({ title: title || undefined }, 'title')} />
      <p className="prop-hint">{t('design.end.hint')}</p>
    </Section>
  );
}
