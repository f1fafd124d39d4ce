import { useTranslation } from 'react-i18next';
import { ActionRoles } from '@shared/model/item-type';
import type { Effect } from '@shared/model/workflow-nodes';
import { Icon } from '../../../ui/icons';
import { ConditionEditor } from './ConditionEditor';
import { Field, Section, Select } from './controls';
import { FieldSelect, ValueInput } from './FieldPick';
import { MessageSection } from './MessageSection';
import { ReplyKeywordsField } from './ReplyKeywordsField';
import type { PropsOf } from './types';

export function ActionProps({ node, update, fieldListId, followUp }: PropsOf<'action'> & { followUp: string | null }) {
  const { t } = useTranslation();
  const setEffect = (i: number, e: Effect) =>
    update({ effects: node.effects.map((x, j) => (j === i ? e : x)) }, `effects.${i}`);
  return (
    <>
      <Section title={t('design.kinds.action')}>
        <Field label={t('design.action.label')}>
          {(id) => (
            <input
              id={id}
              type="text"
              value={node.label}
              onChange={(e) => update({ label: e.target.value }, 'label')}
            />
          )}
        </Field>
        <Field label={t('design.action.role')}>
          {(id) => (
            <Select
              id={id}
              value={node.role}
              options={ActionRoles.map((r) => ({ value: r, label: t(`design.roles.${r}`) }))}
              onChange={(role) => update({ role: role as typeof node.role }, 'role')}
            />
          )}
        </Field>
        <Field
          label={t('design.action.mode')}
          hint={node.mode === 'automatic' ? t('design.action.automaticHint') : undefined}
        >
          {(id) => (
            <Select
              id={id}
              value={node.mode}
              options={(['manual', 'automatic'] as const).map((m) => ({ value: m, label: t(`design.modes.${m}`) }))}
              onChange={(mode) =>
                update(
                  {
                    mode: mode as typeof node.mode,
                    condition: mode === 'automatic' ? (node.condition ?? { always: true }) : undefined,
                  },
                  'mode',
                )
              }
            />
          )}
        </Field>
        {node.mode === 'manual' && (
          <ReplyKeywordsField node={node} onChange={(replyKeywords) => update({ replyKeywords }, 'replyKeywords')} />
        )}
        {node.mode === 'automatic' && (
          <Field label={t('design.action.condition')}>
            {() => (
              <ConditionEditor
                value={node.condition}
                fieldListId={fieldListId}
                onChange={(condition) => update({ condition }, 'condition')}
              />
            )}
          </Field>
        )}
        <Field label={t('design.action.followUp')}>
          {() => <p className={followUp ? '' : 'wf-missing'}>{followUp ?? t('design.action.noFollowUp')}</p>}
        </Field>
      </Section>
      <Section
        title={t('design.action.effects')}
        actions={
          <button
            type="button"
            className="link-button"
            onClick={() => update({ effects: [...node.effects, { type: 'setStatus', status: '' }] }, 'effects')}
          >
            <Icon name="plus" size={14} /> {t('design.action.addEffect')}
          </button>
        }
      >
        {node.effects.length === 0 && <p className="prop-hint">{t('design.action.noEffects')}</p>}
        {node.effects.map((effect, i) => (
          <div key={i} className="who-item">
            <div className="who-row">
              <Select
                value={effect.type}
                options={[
                  { value: 'setStatus', label: t('design.effects.setStatus') },
                  { value: 'setField', label: t('design.effects.setField') },
                ]}
                onChange={(type) =>
                  setEffect(
                    i,
                    type === 'setStatus'
                      ? { type: 'setStatus', status: '' }
                      : { type: 'setField', field: '', value: '' },
                  )
                }
              />
              {effect.type === 'setStatus' ? (
                <input
                  type="text"
                  aria-label={t('design.effects.status')}
                  placeholder={t('design.effects.status')}
                  value={effect.status}
                  onChange={(e) => setEffect(i, { ...effect, status: e.target.value })}
                />
              ) : (
                <>
                  <FieldSelect
                    label={t('design.fieldName')}
                    value={effect.field}
                    onChange={(field) => setEffect(i, { ...effect, field, value: '' })}
                  />
                  <ValueInput
                    label={t('design.condition.value')}
                    field={effect.field}
                    value={effect.value}
                    onChange={(value) => setEffect(i, { ...effect, value })}
                  />
                </>
              )}
            </div>
            <button
              type="button"
              className="icon-button danger"
              aria-label={t('common.delete')}
              onClick={() => update({ effects: node.effects.filter((_, j) => j !== i) }, 'effects')}
            >
              <Icon name="trash" size={14} />
            </button>
          </div>
        ))}
      </Section>
      <MessageSection
        moment="action"
        step={node.label}
        value={node.message}
        fieldListId={fieldListId}
        onChange={(message, field) => update({ message }, field)}
      />
    </>
  );
}
