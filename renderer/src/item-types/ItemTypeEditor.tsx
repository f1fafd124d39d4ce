import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@shared/api/errors';
import type { WorkflowSummary } from '@shared/api/workflow-contract';
import { ActionRoles, type ItemType } from '@shared/model/item-type';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { ErrorBox, useIssueText } from '../ui/ErrorText';
import { emptyItemType, fromDraft, type ItemTypeDraft, toDraft } from './draft';
import { FieldDesigner } from './FieldDesigner';
import { RoutingEditor } from './RoutingEditor';
import { useApiCall } from '../ui/use-api-call';

interface Props {
  type: ItemType | null;
  workflows: WorkflowSummary[];
  /** Told after each save (the page says so and reloads). */
  onSaved(type: ItemType): void;
}

/** One item type: general settings, which workflow new items enter, and its form. */
export function ItemTypeEditor({ type, workflows, onSaved }: Props) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const issueText = useIssueText();
  const [draft, setDraft] = useState<ItemTypeDraft>(() => (type ? toDraft(type) : emptyItemType()));
  const { busy: saving, error, run } = useApiCall();
  const problems = new Map(error instanceof ApiError ? error.issues.map((i) => [i.path, issueText(i.message)]) : []);
  const change = (part: Partial<ItemTypeDraft>) => setDraft((d) => ({ ...d, ...part }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const { id, ...input } = fromDraft(draft);
      const saved = id
        ? await client.call('itemTypes.update', { id, ...input })
        : await client.call('itemTypes.create', input);
      setDraft(toDraft(saved));
      onSaved(saved);
      if (!id) navigate('itemTypes', saved.id);
    });
  };

  return (
    <form className="it-editor" onSubmit={(e) => void save(e)} aria-label={draft.name || t('itemTypes.createTitle')}>
      {error !== null && <ErrorBox error={error} />}
      <fieldset className="card">
        <legend>{t('itemTypes.general')}</legend>
        <div className="it-grid">
          <label htmlFor="it-name">{t('itemTypes.name')}</label>
          <span>
            <input
              id="it-name"
              type="text"
              required
              value={draft.name}
              onChange={(e) => change({ name: e.target.value })}
            />
            {problems.get('name') && <span className="field-error">{problems.get('name')}</span>}
          </span>
          <label htmlFor="it-description">{t('itemTypes.description')}</label>
          <textarea
            id="it-description"
            rows={2}
            value={draft.description}
            onChange={(e) => change({ description: e.target.value })}
          />
          <span />
          <label className="it-check">
            <input
              type="checkbox"
              checked={draft.confidential}
              onChange={(e) => change({ confidential: e.target.checked })}
            />{' '}
            {t('itemTypes.confidential')}
          </label>
          <span className="it-label">{t('itemTypes.requiredActions')}</span>
          <span className="it-roles">
            {ActionRoles.map((role) => (
              <label key={role} className="it-check">
                <input
                  type="checkbox"
                  checked={draft.requiredActions.includes(role)}
                  onChange={(e) =>
                    change({
                      requiredActions: e.target.checked
                        ? [...draft.requiredActions, role]
                        : draft.requiredActions.filter((r) => r !== role),
                    })
                  }
                />{' '}
                {t(`design.roles.${role}`)}
              </label>
            ))}
          </span>
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>{t('itemTypes.routing')}</legend>
        <RoutingEditor
          draft={draft}
          workflows={workflows.filter((w) => w.itemTypeId === draft.id)}
          problems={problems}
          onChange={change}
        />
      </fieldset>
      <fieldset className="card">
        <legend>{t('itemTypes.form')}</legend>
        <p className="muted">{t('itemTypes.formHint')}</p>
        <FieldDesigner fields={draft.fields} problems={problems} onChange={(fields) => change({ fields })} />
      </fieldset>
      <div className="it-actions">
        <button type="button" onClick={() => navigate('itemTypes')}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
