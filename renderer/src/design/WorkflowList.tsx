import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowSummary } from '@shared/api/workflow-contract';
import type { ItemType } from '@shared/model/item-type';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { downloadText } from '../ui/download';
import { ErrorBox } from '../ui/ErrorText';
import { Icon } from '../ui/icons';
import { useToast } from '../ui/Toast';
import { type ListDialog, WorkflowDialogs } from './WorkflowDialogs';
import { BpmnExportDialog } from './editor/BpmnExportDialog';

/** The list exports what is saved: nothing to save first. */
const noFlush = async () => undefined;
import { formatDateTime } from '../ui/format';

/** All workflows, grouped by the item type they belong to (record-triggered ones apart). */
export function WorkflowList() {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const [workflows, setWorkflows] = useState<WorkflowSummary[] | null>(null);
  const [itemTypes, setItemTypes] = useState<ItemType[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<ListDialog | null>(null);
  const [bpmnFor, setBpmnFor] = useState<string | null>(null);
  const toast = useToast();

  const reload = useCallback(() => {
    Promise.all([client.call('workflows.list'), client.call('itemTypes.list')]).then(([w, types]) => {
      setWorkflows(w);
      setItemTypes(types);
    }, setError);
  }, [client]);
  useEffect(reload, [reload]);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const wf = await client.call('workflows.import', { json: await file.text() });
      navigate('design', wf.id);
    } catch (e) {
      setError(e);
    }
  };
  const importBpmn = async (file: File | undefined) => {
    if (!file) return;
    try {
      const wf = await client.call('workflows.importBpmn', { xml: await file.text() });
      navigate('design', wf.id);
    } catch (e) {
      setError(e);
    }
  };
  const exportOne = async (id: string) => {
    const { fileName, json } = await client.call('workflows.export', { id });
    downloadText(fileName, json);
  };

  const date = (iso?: string) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const groups = [
    ...itemTypes.map((type) => ({
      key: type.id,
      title: type.name,
      items: (workflows ?? []).filter((w) => w.itemTypeId === type.id),
    })),
    {
      key: 'records',
      title: t('design.list.recordTriggers'),
      items: (workflows ?? []).filter((w) => !w.itemTypeId && w.trigger === 'record'),
    },
    {
      key: 'none',
      title: t('design.list.noItemType'),
      items: (workflows ?? []).filter((w) => !w.itemTypeId && w.trigger !== 'record'),
    },
  ].filter((g) => g.items.length > 0);

  return (
    <section className="page">
      <header className="page-head">
        <div>
          <h1>{t('design.list.title')}</h1>
          <p className="muted">{t('design.list.subtitle')}</p>
        </div>
        <div className="page-actions">
          <label className="button">
            <input
              type="file"
              accept=".json,application/json"
              aria-label={t('design.list.import')}
              onChange={(e) => void importFile(e.target.files?.[0])}
            />
            <Icon name="upload" size={16} /> {t('design.list.import')}
          </label>
          <label className="button" title={t('bpmnExport.importTitle')}>
            <input
              type="file"
              accept=".bpmn,.xml,application/xml,text/xml"
              aria-label={t('bpmnExport.importTitle')}
              onChange={(e) => void importBpmn(e.target.files?.[0])}
            />
            <Icon name="upload" size={16} /> {t('bpmnExport.import')}
          </label>
          <button type="button" className="primary" onClick={() => setDialog({ type: 'create' })}>
            <Icon name="plus" size={16} /> {t('design.list.new')}
          </button>
        </div>
      </header>
      {error !== null && <ErrorBox error={error} />}
      {bpmnFor !== null && (
        <BpmnExportDialog client={client} workflowId={bpmnFor} flush={noFlush} onClose={() => setBpmnFor(null)} />
      )}
      {workflows === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : workflows.length === 0 ? (
        <div className="empty">{t('design.list.empty')}</div>
      ) : (
        groups.map((g) => (
          <div key={g.key} className="wf-group">
            <h2>{g.title}</h2>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th>{t('design.list.name')}</th>
                    <th>{t('design.list.status')}</th>
                    <th>{t('design.list.saved')}</th>
                    <th>{t('design.list.steps')}</th>
                    <th className="actions-col" />
                  </tr>
                </thead>
                <tbody>
                  {g.items.map((w) => {
                    const latest = w.versions.at(-1);
                    return (
                      <tr key={w.id}>
                        <td>
                          <a href={`#/design/${w.id}`} className="strong-link">
                            {w.name}
                          </a>
                          {w.explanation && <div className="muted wf-explanation">{w.explanation}</div>}
                        </td>
                        <td>
                          {latest ? (
                            <span className="pill pill-yes">
                              {t('design.list.published', { version: latest.version, date: date(latest.publishedAt) })}
                            </span>
                          ) : (
                            <span className="pill pill-no">{t('design.list.draftOnly')}</span>
                          )}
                          {latest && w.unpublishedChanges && (
                            <span className="pill pill-warn">{t('design.list.unpublished')}</span>
                          )}
                          {!w.active && <span className="pill pill-no">{t('itemTypes.route.inactiveTag')}</span>}
                        </td>
                        <td>{date(w.draftSavedAt)}</td>
                        <td>{w.nodeCount}</td>
                        <td className="actions-col wide">
                          <button
                            type="button"
                            className="icon-button"
                            title={t('design.list.rename')}
                            aria-label={t('design.list.rename')}
                            onClick={() => setDialog({ type: 'rename', workflow: w })}
                          >
                            <Icon name="pencil" size={16} />
                          </button>
                          <button
                            type="button"
                            className="icon-button"
                            title={t('design.list.duplicate')}
                            aria-label={t('design.list.duplicate')}
                            onClick={() => setDialog({ type: 'duplicate', workflow: w })}
                          >
                            <Icon name="copy" size={16} />
                          </button>
                          <button
                            type="button"
                            className="icon-button"
                            title={t('design.export')}
                            aria-label={t('design.export')}
                            onClick={() => void exportOne(w.id)}
                          >
                            <Icon name="upload" size={16} style={{ transform: 'rotate(180deg)' }} />
                          </button>
                          <button
                            type="button"
                            className="icon-button bpmn-export"
                            title={t('bpmnExport.buttonTitle')}
                            aria-label={t('bpmnExport.buttonTitle')}
                            onClick={() => setBpmnFor(w.id)}
                          >
                            {t('bpmnExport.button')}
                          </button>
                          <button
                            type="button"
                            className="icon-button danger"
                            title={t('common.delete')}
                            aria-label={t('common.delete')}
                            onClick={() => setDialog({ type: 'delete', workflow: w })}
                          >
                            <Icon name="trash" size={16} />
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        ))
      )}
      {dialog && (
        <WorkflowDialogs
          dialog={dialog}
          itemTypes={itemTypes}
          onClose={() => setDialog(null)}
          onDone={(message, openId) => {
            setDialog(null);
            if (openId) navigate('design', openId);
            else {
              toast.show(message);
              reload();
            }
          }}
        />
      )}
      {toast.view}
    </section>
  );
}
