import { useTranslation } from 'react-i18next';
import type { WorkflowSummary } from '@shared/api/workflow-contract';
import { choicesOf, type ItemTypeDraft } from './draft';

interface Props {
  draft: ItemTypeDraft;
  /** The workflows of this item type (only published ones can be chosen). */
  workflows: WorkflowSummary[];
  onChange(routing: Pick<ItemTypeDraft, 'workflowId' | 'routing'>): void;
  problems: Map<string, string>;
}

/** Which workflow new items enter: one for all, or one per value of a choice field with the first as fallback. */
export function RoutingEditor({ draft, workflows, onChange, problems }: Props) {
  const { t } = useTranslation();
  if (!draft.id) return <p className="muted">{t('itemTypes.saveFirst')}</p>;
  const published = workflows.filter((w) => w.versions.length > 0);
  const options = published.map((w) => (
    <option key={w.id} value={w.id}>
      {w.active ? w.name : t('itemTypes.inactive', { name: w.name })}
    </option>
  ));
  const choiceFields = draft.fields.filter((f) => f.type === 'choice' && f.key);
  const byField = draft.fields.find((f) => f.key === draft.routing.fieldKey);
  const fieldName = byField ? byField.labels.nl || byField.labels.en || byField.labels.de || byField.key : '';
  const route = (routing: ItemTypeDraft['routing']) => onChange({ workflowId: draft.workflowId, routing });
  const problem = (path: string) => problems.get(path) && <span className="field-error">{problems.get(path)}</span>;
  return (
    <div className="it-grid">
      <label htmlFor="it-default-workflow">{t('itemTypes.defaultWorkflow')}</label>
      <span>
        <select
          id="it-default-workflow"
          value={draft.workflowId}
          onChange={(e) => onChange({ workflowId: e.target.value, routing: draft.routing })}
        >
          <option value="">{t('itemTypes.noDefault')}</option>
          {options}
        </select>
        {problem('workflowId')}
      </span>
      <label htmlFor="it-route-by">{t('itemTypes.routeBy')}</label>
      <span>
        <select
          id="it-route-by"
          value={draft.routing.fieldKey}
          onChange={(e) => route({ fieldKey: e.target.value, byValue: {} })}
        >
          <option value="">{t('itemTypes.routeByNone')}</option>
          {choiceFields.map((f) => (
            <option key={f.key} value={f.key}>
              {f.labels.nl || f.labels.en || f.labels.de || f.key}
            </option>
          ))}
        </select>
        {problem('routing.fieldKey')}
      </span>
      {choicesOf(byField).map((value) => (
        <RouteRow key={value} id={`it-route-${value}`} label={t('itemTypes.routeFor', { field: fieldName, value })}>
          <select
            id={`it-route-${value}`}
            value={draft.routing.byValue[value] ?? ''}
            onChange={(e) =>
              route({ ...draft.routing, byValue: { ...draft.routing.byValue, [value]: e.target.value } })
            }
          >
            <option value="">{t('itemTypes.useDefault')}</option>
            {options}
          </select>
        </RouteRow>
      ))}
      <span />
      <p className="muted it-hint">{t('itemTypes.routingHint')}</p>
    </div>
  );
}

function RouteRow({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children}
    </>
  );
}
