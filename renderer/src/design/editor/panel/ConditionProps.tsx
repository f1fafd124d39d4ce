import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/icons';
import { ConditionEditor } from './ConditionEditor';
import { Field, Section } from './controls';
import type { PropsOf } from './types';

/** The ordered branches of a condition node; the first that holds wins, the default catches the rest. */
export function ConditionProps({ node, update, fieldListId, newId }: PropsOf<'condition'> & { newId(): string }) {
  const { t } = useTranslation();
  const branches = node.branches;
  const move = (i: number, by: number) => {
    const next = [...branches];
    const [b] = next.splice(i, 1);
    next.splice(i + by, 0, b!);
    update({ branches: next }, 'branches');
  };
  return (
    <>
      <Section title={t('design.kinds.condition')}>
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
      </Section>
      <Section
        title={t('design.condition.branches')}
        actions={
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update(
                {
                  branches: [
                    ...branches,
                    {
                      id: newId(),
                      label: t('design.condition.newBranch', { n: branches.length + 1 }),
                      condition: { join: 'and', rules: [{ field: '', operator: 'equals', value: '' }] },
                    },
                  ],
                },
                'branches',
              )
            }
          >
            <Icon name="plus" size={14} /> {t('design.condition.addBranch')}
          </button>
        }
      >
        {branches.map((b, i) => (
          <div key={b.id} className="branch-card">
            <div className="branch-head">
              <span className="wf-branch-no">{i + 1}</span>
              <input
                type="text"
                aria-label={t('design.condition.branchLabel')}
                value={b.label}
                onChange={(e) =>
                  update(
                    { branches: branches.map((x) => (x.id === b.id ? { ...x, label: e.target.value } : x)) },
                    `branch.${b.id}.label`,
                  )
                }
              />
              <button
                type="button"
                className="icon-button"
                disabled={i === 0}
                aria-label={t('design.condition.up')}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={i === branches.length - 1}
                aria-label={t('design.condition.down')}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button danger"
                aria-label={t('common.delete')}
                onClick={() => update({ branches: branches.filter((x) => x.id !== b.id) }, 'branches')}
              >
                <Icon name="trash" size={14} />
              </button>
            </div>
            <ConditionEditor
              value={b.condition}
              fieldListId={fieldListId}
              onChange={(condition) =>
                update(
                  { branches: branches.map((x) => (x.id === b.id ? { ...x, condition } : x)) },
                  `branch.${b.id}.condition`,
                )
              }
            />
          </div>
        ))}
        <p className="prop-hint">{t('design.condition.defaultHint')}</p>
      </Section>
    </>
  );
}
