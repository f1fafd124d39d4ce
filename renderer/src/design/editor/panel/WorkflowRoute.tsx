import { useTranslation } from 'react-i18next';
import type { Workflow } from '@shared/model/workflow';
import { entryOf } from '@shared/workflow/item-route';
import { useTypesAndWorkflows } from '../../../item-types/use-types-and-workflows';
import { Check, Field } from './controls';
import './workflow-route.css';

interface Props {
  workflow: Workflow;
  onChange(change: { active?: boolean; explanation?: string | null }): void;
}

/** Which item type the workflow serves and whether new items enter it; switching it off, with its explanation. */
export function WorkflowRoute({ workflow, onChange }: Props) {
  const { t } = useTranslation();
  const known = useTypesAndWorkflows(`${workflow.id}:${workflow.itemTypeId}:${workflow.versions.length}`);
  const type = known.types?.find((x) => x.id === workflow.itemTypeId);
  const entry = entryOf(workflow.id, type);
  const field = type?.fields.find((f) => f.key === type.routing?.fieldKey);
  const other = known.workflows?.find((w) => w.id === type?.workflowId);
  const status = !type
    ? null
    : entry.asDefault
      ? t('itemTypes.route.entersDefault')
      : entry.values.length
        ? t('itemTypes.route.entersValues', { field: field?.label ?? '', values: entry.values.join(', ') })
        : other
          ? t('itemTypes.route.entersOther', { name: other.name })
          : t('itemTypes.route.entersNone');
  return (
    <>
      {type && (
        <div className="wf-route" data-testid="workflow-route">
          <p>{t('itemTypes.route.serves', { type: type.name })}</p>
          <p className={entry.asDefault || entry.values.length ? 'wf-route-yes' : 'muted'}>{status}</p>
        </div>
      )}
      <Check
        label={t('itemTypes.route.active')}
        checked={workflow.active !== false}
        onChange={(active) => onChange({ active })}
      />
      <Field label={t('itemTypes.route.explanation')}>
        {(id) => (
          <textarea
            id={id}
            rows={2}
            defaultValue={workflow.explanation ?? ''}
            key={workflow.explanation ?? ''}
            onBlur={(e) =>
              e.target.value.trim() !== (workflow.explanation ?? '') &&
              onChange({ explanation: e.target.value.trim() || null })
            }
          />
        )}
      </Field>
    </>
  );
}
