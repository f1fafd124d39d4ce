import { useTranslation } from 'react-i18next';
import { type Condition, type Group, Operators, type Rule, unaryOperators } from '@shared/model/condition';
import { Icon } from '../../../ui/icons';
import { Check, Select } from './controls';
import { FieldSelect, ValueInput } from './FieldPick';

const isGroup = (r: Rule | Group): r is Group => 'join' in r;
const emptyRule = (): Rule => ({ field: '', operator: 'equals', value: '' });

function GroupEditor({
  group,
  onChange,
  onRemove,
  fieldListId,
  depth,
}: {
  group: Group;
  onChange(g: Group): void;
  onRemove?: () => void;
  fieldListId: string;
  depth: number;
}) {
  const { t } = useTranslation();
  const setRule = (i: number, r: Rule | Group) =>
    onChange({ ...group, rules: group.rules.map((x, j) => (j === i ? r : x)) });
  const drop = (i: number) => onChange({ ...group, rules: group.rules.filter((_, j) => j !== i) });
  return (
    <div className={`cond-group depth-${depth}`}>
      <div className="cond-join">
        <Select
          value={group.join}
          options={[
            { value: 'and', label: t('design.condition.allOf') },
            { value: 'or', label: t('design.condition.anyOf') },
          ]}
          onChange={(join) => onChange({ ...group, join: join as Group['join'] })}
        />
        {onRemove && (
          <button type="button" className="icon-button danger" aria-label={t('common.delete')} onClick={onRemove}>
            <Icon name="trash" size={14} />
          </button>
        )}
      </div>
      {group.rules.map((rule, i) =>
        isGroup(rule) ? (
          <GroupEditor
            key={i}
            group={rule}
            depth={depth + 1}
            fieldListId={fieldListId}
            onChange={(g) => setRule(i, g)}
            onRemove={() => drop(i)}
          />
        ) : (
          <div key={i} className="cond-rule">
            <div className="cond-field">
              <FieldSelect
                label={t('design.condition.field')}
                value={rule.field}
                onChange={(field) => setRule(i, { ...rule, field, value: '' })}
              />
            </div>
            <Select
              value={rule.operator}
              options={Operators.map((o) => ({ value: o, label: t(`design.operators.${o}`) }))}
              onChange={(operator) => setRule(i, { ...rule, operator: operator as Rule['operator'] })}
            />
            {!unaryOperators.includes(rule.operator) && (
              <ValueInput
                label={t('design.condition.value')}
                field={rule.field}
                value={rule.value}
                onChange={(value) => setRule(i, { ...rule, value })}
              />
            )}
            <button
              type="button"
              className="icon-button danger"
              aria-label={t('common.delete')}
              onClick={() => drop(i)}
            >
              <Icon name="trash" size={14} />
            </button>
          </div>
        ),
      )}
      <div className="cond-add">
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ ...group, rules: [...group.rules, emptyRule()] })}
        >
          <Icon name="plus" size={14} /> {t('design.condition.addRule')}
        </button>
        {depth < 2 && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              onChange({
                ...group,
                rules: [...group.rules, { join: group.join === 'and' ? 'or' : 'and', rules: [emptyRule()] }],
              })
            }
          >
            <Icon name="plus" size={14} /> {t('design.condition.addGroup')}
          </button>
        )}
      </div>
    </div>
  );
}

/** A condition built in a form: "Always", or groups of field/operator/value rules joined by AND/OR. */
export function ConditionEditor({
  value,
  onChange,
  fieldListId,
}: {
  value: Condition | undefined;
  onChange(c: Condition): void;
  fieldListId: string;
}) {
  const { t } = useTranslation();
  const always = !value || 'always' in value;
  return (
    <div className="cond-editor">
      <Check
        label={t('design.condition.always')}
        checked={always}
        onChange={(on) => onChange(on ? { always: true } : { join: 'and', rules: [emptyRule()] })}
      />
      {!always && <GroupEditor group={value as Group} depth={0} fieldListId={fieldListId} onChange={onChange} />}
    </div>
  );
}
