import { type DayUnit, DayUnitSelect } from './DayUnit';
import { useTranslation } from 'react-i18next';
import { RecordEntities, RecordEvents, type Trigger } from '@shared/model/workflow-nodes';
import { recordFields, statusFieldOf } from '@shared/records/fields';
import { recordOptions } from '@shared/records/options';
import { ConditionEditor } from './ConditionEditor';
import { Count, Field, Section, Select } from './controls';
import { MessageSection } from './MessageSection';
import type { PropsOf } from './types';

/** The values a record field can take, when it is a choice. */
const choicesOf = (entity: Parameters<typeof statusFieldOf>[0], field: string): readonly string[] | undefined => {
  const spec = recordFields[entity].find((f) => f.key === field);
  return spec?.kind === 'choice' && spec.options ? recordOptions[spec.options] : undefined;
};

/** A deal has both a stage and a status: "status changed to" can watch either. */
const statusFields = (entity: Parameters<typeof statusFieldOf>[0]) =>
  recordFields[entity].filter((f) => f.key === 'stage' || f.key === 'status').map((f) => f.key);

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
              onChange={(type) =>
                setTrigger(
                  type === 'record' ? { type: 'record', entity: 'task', event: 'created' } : { type: 'itemSubmitted' },
                  'trigger.type',
                )
              }
            />
          )}
        </Field>
        {trigger.type === 'record' && (
          <>
            <Field label={t('design.trigger.entity')}>
              {(id) => (
                <Select
                  id={id}
                  value={trigger.entity}
                  options={RecordEntities.map((e) => ({ value: e, label: t(`design.entities.${e}`) }))}
                  onChange={(entity) =>
                    setTrigger({ ...trigger, entity: entity as typeof trigger.entity }, 'trigger.entity')
                  }
                />
              )}
            </Field>
            <Field label={t('design.trigger.event')}>
              {(id) => (
                <Select
                  id={id}
                  value={trigger.event}
                  options={RecordEvents.map((e) => ({ value: e, label: t(`design.events.${e}`) }))}
                  onChange={(event) =>
                    setTrigger({ ...trigger, event: event as typeof trigger.event }, 'trigger.event')
                  }
                />
              )}
            </Field>
            {(trigger.event === 'fieldChanged' || trigger.event === 'statusChangedTo') && (
              <>
                {trigger.event === 'statusChangedTo' && statusFields(trigger.entity).length > 1 && (
                  <Field label={t('design.trigger.field')}>
                    {(id) => (
                      <Select
                        id={id}
                        value={trigger.field ?? statusFieldOf(trigger.entity)}
                        options={statusFields(trigger.entity).map((f) => ({
                          value: f,
                          label: t(`records.fields.${trigger.entity}.${f}`, { defaultValue: f }),
                        }))}
                        onChange={(field) => setTrigger({ ...trigger, field, value: undefined }, 'trigger.field')}
                      />
                    )}
                  </Field>
                )}
                {trigger.event === 'fieldChanged' && (
                  <Field label={t('design.trigger.field')}>
                    {(id) => (
                      <input
                        id={id}
                        type="text"
                        list={fieldListId}
                        value={trigger.field ?? ''}
                        onChange={(e) =>
                          setTrigger({ ...trigger, field: e.target.value || undefined }, 'trigger.field')
                        }
                      />
                    )}
                  </Field>
                )}
                <Field label={t('design.trigger.value')}>
                  {(id) => {
                    // A choice field (status, stage, type) offers its list; other fields take any value.
                    const options = choicesOf(trigger.entity, trigger.field ?? statusFieldOf(trigger.entity));
                    const set = (value: string) =>
                      setTrigger({ ...trigger, value: value || undefined }, 'trigger.value');
                    return options ? (
                      <Select
                        id={id}
                        value={trigger.value ?? ''}
                        empty={t('design.pick')}
                        options={[
                          ...(trigger.value && !options.includes(trigger.value) ? [trigger.value] : []),
                          ...options,
                        ].map((o) => ({ value: o, label: o }))}
                        onChange={set}
                      />
                    ) : (
                      <input id={id} type="text" value={trigger.value ?? ''} onChange={(e) => set(e.target.value)} />
                    );
                  }}
                </Field>
              </>
            )}
            <Field label={t('design.trigger.onlyIf')}>
              {() => (
                <ConditionEditor
                  value={trigger.onlyIf}
                  fieldListId={fieldListId}
                  onChange={(onlyIf) =>
                    setTrigger({ ...trigger, onlyIf: 'always' in onlyIf ? undefined : onlyIf }, 'trigger.onlyIf')
                  }
                />
              )}
            </Field>
            <Field label={t('design.trigger.delay')}>
              {(id) => (
                <div className="inline-fields">
                  <Count
                    id={id}
                    min={0}
                    value={trigger.delay?.amount ?? 0}
                    onChange={(amount) =>
                      setTrigger(
                        { ...trigger, delay: amount > 0 ? { amount, unit: dayUnit(trigger.delay?.unit) } : undefined },
                        'trigger.delay',
                      )
                    }
                  />
                  {trigger.delay && (
                    <DayUnitSelect
                      value={dayUnit(trigger.delay.unit)}
                      onChange={(unit) =>
                        setTrigger({ ...trigger, delay: { amount: trigger.delay!.amount, unit } }, 'trigger.delay')
                      }
                    />
                  )}
                </div>
              )}
            </Field>
            <Field label={t('design.trigger.reminder')}>
              {(id) => (
                <div className="inline-fields">
                  <Count
                    id={id}
                    min={0}
                    value={trigger.reminder?.amount ?? 0}
                    onChange={(amount) =>
                      setTrigger(
                        {
                          ...trigger,
                          reminder: amount > 0 ? { amount, unit: dayUnit(trigger.reminder?.unit) } : undefined,
                        },
                        'trigger.reminder',
                      )
                    }
                  />
                  {trigger.reminder && (
                    <DayUnitSelect
                      value={dayUnit(trigger.reminder.unit)}
                      onChange={(unit) =>
                        setTrigger(
                          { ...trigger, reminder: { amount: trigger.reminder!.amount, unit } },
                          'trigger.reminder',
                        )
                      }
                    />
                  )}
                </div>
              )}
            </Field>
          </>
        )}
      </Section>
      <MessageSection
        moment="start"
        step={t('design.kinds.start')}
        value={node.message}
        fieldListId={fieldListId}
        onChange={(message, field) => update({ message }, field)}
      />
    </>
  );
}

/** A delay or reminder counts days unless it counts working days. */
const dayUnit = (unit: string | undefined): DayUnit => (unit === 'workingDays' ? 'workingDays' : 'days');
