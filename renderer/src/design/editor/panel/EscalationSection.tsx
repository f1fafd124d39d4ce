import { useTranslation } from 'react-i18next';
import type { Escalation, EscalationStep, NodeOf } from '@shared/model/workflow-nodes';
import { useLookups } from '../context';
import type { TaskAction } from '../panels/RequiredBeforePicker';
import { Check, Count, Field, Section, Select } from './controls';
import { DayUnitSelect } from './DayUnit';

type Props = {
  node: NodeOf<'task'>;
  actions: readonly TaskAction[];
  update(patch: Partial<NodeOf<'task'>>, field: string): void;
};

const FRESH: Escalation = { after: { amount: 2, unit: 'workingDays' }, then: [{ type: 'notifyManager' }] };

/** A task's escalation (issue 16), edited with its deadline: remind at the deadline, then after N (working) days act. */
export function EscalationSection({ node, actions, update }: Props) {
  const { t } = useTranslation();
  const { templates, directory } = useLookups();
  const esc = node.escalation;
  const set = (next: Escalation | undefined) => update({ escalation: next }, 'escalation');
  const templateOptions = templates.map((tpl) => ({ value: tpl.id, label: tpl.name }));
  const stepOf = <K extends EscalationStep['type']>(type: K) =>
    esc?.then.find((s): s is Extract<EscalationStep, { type: K }> => s.type === type);
  const toggle = (step: EscalationStep, on: boolean) => {
    if (!esc) return;
    const rest = esc.then.filter((s) => s.type !== step.type);
    const then = on ? [...rest, step] : rest;
    if (then.length) set({ ...esc, then });
  };
  const replace = (step: EscalationStep) =>
    esc && set({ ...esc, then: esc.then.map((s) => (s.type === step.type ? step : s)) });
  const manager = stepOf('notifyManager');
  const reassign = stepOf('reassign');
  const action = stepOf('action');
  return (
    <Section title={t('escalation.title')}>
      <Check label={t('escalation.on')} checked={Boolean(esc)} onChange={(on) => set(on ? FRESH : undefined)} />
      {!node.deadline && esc && <p className="wf-missing">{t('escalation.needsDeadline')}</p>}
      {esc && (
        <>
          <Check
            label={t('escalation.remind')}
            checked={esc.remindTemplateId !== undefined}
            onChange={(on) =>
              set(
                on
                  ? { ...esc, remindTemplateId: templates[0]?.id ?? '' }
                  : (({ remindTemplateId: _r, ...rest }) => rest)(esc),
              )
            }
          />
          {esc.remindTemplateId !== undefined && (
            <Field label={t('escalation.remindTemplate')}>
              {(id) => (
                <Select
                  id={id}
                  value={esc.remindTemplateId ?? ''}
                  empty={t('escalation.pick')}
                  options={templateOptions}
                  onChange={(v) => set({ ...esc, remindTemplateId: v })}
                />
              )}
            </Field>
          )}
          <Field label={t('escalation.after')}>
            {(id) => (
              <div className="inline-fields">
                <Count
                  id={id}
                  value={esc.after.amount}
                  onChange={(amount) => set({ ...esc, after: { ...esc.after, amount } })}
                />
                <DayUnitSelect
                  value={esc.after.unit}
                  onChange={(unit) => set({ ...esc, after: { ...esc.after, unit } })}
                />
              </div>
            )}
          </Field>
          <Check
            label={t('escalation.notifyManager')}
            checked={Boolean(manager)}
            onChange={(on) => toggle({ type: 'notifyManager' }, on)}
          />
          {manager && (
            <Field label={t('escalation.managerTemplate')}>
              {(id) => (
                <Select
                  id={id}
                  value={manager.templateId ?? ''}
                  empty={t('escalation.pick')}
                  options={templateOptions}
                  onChange={(v) => replace({ type: 'notifyManager', ...(v ? { templateId: v } : {}) })}
                />
              )}
            </Field>
          )}
          <Check
            label={t('escalation.reassign')}
            checked={Boolean(reassign)}
            onChange={(on) => toggle({ type: 'reassign', userIds: [] }, on)}
          />
          {reassign && (
            <Field label={t('escalation.reassign')}>
              {(id) => (
                <Select
                  id={id}
                  value={reassign.userIds[0] ?? ''}
                  empty={t('escalation.pick')}
                  options={directory.users.map((u) => ({ value: u.id, label: u.name }))}
                  onChange={(v) => replace({ type: 'reassign', userIds: v ? [v] : [] })}
                />
              )}
            </Field>
          )}
          <Check
            label={t('escalation.action')}
            checked={Boolean(action)}
            onChange={(on) => toggle({ type: 'action', actionNodeId: '' }, on)}
          />
          {action && (
            <Field label={t('escalation.action')} hint={t('escalation.actionHint')}>
              {(id) => (
                <Select
                  id={id}
                  value={action.actionNodeId}
                  empty={t('escalation.pick')}
                  options={actions.map((a) => ({ value: a.id, label: a.label }))}
                  onChange={(v) => replace({ type: 'action', actionNodeId: v })}
                />
              )}
            </Field>
          )}
        </>
      )}
    </Section>
  );
}
