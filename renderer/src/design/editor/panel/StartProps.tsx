import { useTranslation } from 'react-i18next';
import { RecordEntities, RecordEvents, type Trigger } from '../../../../../shared/model/workflow-nodes';
import { ConditionEditor } from './ConditionEditor';
import { Count, Field, Section, Select } from './controls';
import { MessageSection } from './MessageSection';
import type { PropsOf } from './types';

export function StartProps({ node, update, fieldListId }: PropsOf<'start'>) {
  const { t } = useTranslation();
  const trigger = node.trigger;
  const setTrigger = (next: Trigger, field: string) => update({ trigger: next }, field);
  return (
    <>
      <Section title={t('design.trigger.title')}>
        <Field label={t('design.trigger.starts')}>
          {(id) => (
            <Select
              id={id}
              value={trigger.type}
              options={[
                { value: 'itemSubmitted', label: t('design.trigger.itemSubmitted') },
                { value: 'record', label: t('design.trigger.record') },
              ]}
              onChange={(type) => setTrigger(type === 'record' ? { type: 'record', entity: 'task', event: 'created' } : { type: 'itemSubmitted' }, 'trigger.type')}
            />
          )}
        </Field>
        {trigger.type === 'record' && (
          <>
            <Field label={t('design.trigger.entity')}>
              {(id) => <Select id={id} value={trigger.entity} options={RecordEntities.map((e) => ({ value: e, label: t(`design.entities.${e}`) }))} onChange={(entity) => setTrigger({ ...trigger, entity: entity as typeof trigger.entity }, 'trigger.entity')} />}
            </Field>
            <Field label={t('design.trigger.event')}>
              {(id) => <Select id={id} value={trigger.event} options={RecordEvents.map((e) => ({ value: e, label: t(`design.events.${e}`) }))} onChange={(event) => setTrigger({ ...trigger, event: event as typeof trigger.event }, 'trigger.event')} />}
            </Field>
            {(trigger.event === 'fieldChanged' || trigger.event === 'statusChangedTo') && (
              <>
                {trigger.event === 'fieldChanged' && (
                  <Field label={t('design.trigger.field')}>
                    {(id) => <input id={id} type="text" list={fieldListId} value={trigger.field ?? ''} onChange={(e) => setTrigger({ ...trigger, field: e.target.value || undefined }, 'trigger.field')} />}
                  </Field>
                )}
                <Field label={t('design.trigger.value')}>
                  {(id) => <input id={id} type="text" value={trigger.value ?? ''} onChange={(e) => setTrigger({ ...trigger, value: e.target.value || undefined }, 'trigger.value')} />}
                </Field>
              </>
            )}
            <Field label={t('design.trigger.onlyIf')}>
              {() => <ConditionEditor value={trigger.onlyIf} fieldListId={fieldListId} onChange={(onlyIf) => setTrigger({ ...trigger, onlyIf: 'always' in onlyIf ? undefined : onlyIf }, 'trigger.onlyIf')} />}
            </Field>
            <Field label={t('design.trigger.delayDays')}>
              {(id) => <Count id={id} min={0} value={trigger.delay?.amount ?? 0} onChange={(amount) => setTrigger({ ...trigger, delay: amount > 0 ? { amount, unit: 'days' } : undefined }, 'trigger.delay')} />}
            </Field>
            <Field label={t('design.trigger.reminderDays')}>
              {(id) => <Count id={id} min={0} value={trigger.reminder?.amount ?? 0} onChange={(amount) => setTrigger({ ...trigger, reminder: amount > 0 ? { amount, unit: 'days' } : undefined }, 'trigger.reminder')} />}
            </Field>
          </>
        )}
      </Section>
      <MessageSection moment="start" value={node.message} fieldListId={fieldListId} onChange={(message, field) => update({ message }, field)} />
    </>
  );
}
