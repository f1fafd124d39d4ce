import { useTranslation } from 'react-i18next';
import type { Destination } from '@shared/model/workflow-nodes';
import { Check, Count, Field, Section, Select } from './controls';
import { MessageSection } from './MessageSection';
import { EscalationSection } from './EscalationSection';
import type { PropsOf } from './types';
import { WhoList } from './WhoEditor';
import type { ItemType } from '@shared/model/item-type';
import { TaskFormSection } from '../panels/TaskFormSection';
import type { TaskAction } from '../panels/RequiredBeforePicker';

const destinationTypes: Destination['type'][] = ['role', 'users', 'submitter', 'taskManager', 'userField'];

type Extra = { itemType?: ItemType | undefined; actions: readonly TaskAction[] };

export function TaskProps({ node, update, fieldListId, itemType, actions }: PropsOf<'task'> & Extra) {
  const { t } = useTranslation();
  const deadline = node.deadline;
  return (
    <>
      <Section title={t('design.kinds.task')}>
        <Field label={t('design.title')}>
          {(id) => (
            <input
              id={id}
              type="text"
              value={node.title}
              onChange={(e) => update({ title: e.target.value }, 'title')}
            />
          )}
        </Field>
        <Field label={t('design.task.destinations')}>
          {() => (
            <WhoList<Destination>
              items={node.destinations}
              types={destinationTypes}
              withTaskList
              fieldListId={fieldListId}
              addLabel={t('design.task.addDestination')}
              onChange={(destinations) => update({ destinations }, 'destinations')}
            />
          )}
        </Field>
        <Field label={t('design.task.deadline')}>
          {(id) => (
            <div className="inline-fields">
              <Select
                id={id}
                value={deadline?.type ?? ''}
                empty={t('design.task.noDeadline')}
                options={[
                  { value: 'after', label: t('design.task.deadlineAfter') },
                  { value: 'dateField', label: t('design.task.deadlineField') },
                ]}
                onChange={(type) =>
                  update(
                    {
                      deadline:
                        type === 'after'
                          ? { type, amount: 2, unit: 'days' }
                          : type === 'dateField'
                            ? { type, field: '' }
                            : undefined,
                    },
                    'deadline',
                  )
                }
              />
              {deadline?.type === 'after' && (
                <>
                  <Count
                    value={deadline.amount}
                    onChange={(amount) => update({ deadline: { ...deadline, amount } }, 'deadline.amount')}
                  />
                  <Select
                    value={deadline.unit}
                    options={(['hours', 'days', 'workingDays'] as const).map((u) => ({
                      value: u,
                      label: t(`design.units.${u}`),
                    }))}
                    onChange={(unit) =>
                      update(
                        { deadline: { ...deadline, unit: unit as 'hours' | 'days' | 'workingDays' } },
                        'deadline.unit',
                      )
                    }
                  />
                </>
              )}
              {deadline?.type === 'dateField' && (
                <input
                  type="text"
                  list={fieldListId}
                  aria-label={t('design.fieldName')}
                  value={deadline.field}
                  onChange={(e) => update({ deadline: { ...deadline, field: e.target.value } }, 'deadline.field')}
                />
              )}
            </div>
          )}
        </Field>
        <Check
          label={t('design.task.reactionRequired')}
          checked={node.reactionRequired}
          onChange={(reactionRequired) => update({ reactionRequired }, 'reactionRequired')}
        />
        <Check
          label={t('design.task.infoTask')}
          checked={node.infoTask}
          onChange={(infoTask) => update({ infoTask }, 'infoTask')}
        />
      </Section>
      <EscalationSection node={node} actions={actions} update={update} />
      <TaskFormSection node={node} itemType={itemType} actions={actions} update={update} />
      <MessageSection
        moment="enter"
        step={node.title}
        value={node.message}
        fieldListId={fieldListId}
        onChange={(message, field) => update({ message }, field)}
      />
    </>
  );
}
