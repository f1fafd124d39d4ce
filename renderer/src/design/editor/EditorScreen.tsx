import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../editor.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemType } from '@shared/model/item-type';
import type { MessageTemplate } from '@shared/model/template';
import type { Workflow } from '@shared/model/workflow';
import { useApp } from '../../state/context';
import { ErrorBox } from '../../ui/ErrorText';
import { readJournal } from './autosave';
import { Editor } from './Editor';
import { createEditorStore } from './store';

/** Loads a workflow and what its editor shows, then opens the editor on its draft or a version. */
export function EditorScreen({ workflowId, version }: { workflowId: string; version?: number }) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const directory = useApp((s) => s.directory);
  const [workflow, setWorkflow] = useState<Workflow | null>(null);
  const [catalog, setCatalog] = useState<{ templates: MessageTemplate[]; itemTypes: ItemType[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    Promise.all([
      client.call('workflows.get', { id: workflowId }),
      client.call('templates.list'),
      client.call('itemTypes.list'),
    ]).then(
      ([wf, templates, itemTypes]) => {
        if (!live) return;
        setWorkflow(wf);
        setCatalog({ templates, itemTypes });
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [client, workflowId]);

  const addTemplate = useCallback((template: MessageTemplate) => {
    setCatalog((c) => c && { ...c, templates: [...c.templates, template] });
  }, []);
  const lookups = useMemo(
    () => (catalog ? { directory, ...catalog, addTemplate } : null),
    [catalog, directory, addTemplate],
  );
  const ready = workflow !== null && workflow.id === workflowId;
  const graphSource = ready ? (version === undefined ? 'draft' : `v${version}`) : null;
  const store = useMemo(() => {
    if (!ready || !workflow) return null;
    if (version !== undefined) {
      const published = workflow.versions.find((v) => v.version === version);
      return published ? createEditorStore(published.graph, { readOnly: true }) : null;
    }
    const journal = readJournal(workflow.id);
    const unsaved = journal !== null && JSON.stringify(journal) !== JSON.stringify(workflow.draft);
    const created = createEditorStore(unsaved ? journal : workflow.draft);
    if (unsaved) created.setState({ revision: 1 });
    return created;
    // A new store only when another workflow or version is opened (graphSource and workflowId say
    // which, and imply ready and version), not when the workflow's settings change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graphSource, workflowId]);

  if (error)
    return (
      <section className="page">
        <ErrorBox error={error} />
      </section>
    );
  if (!ready || !lookups) return <section className="page muted">{t('common.loading')}</section>;
  if (!store)
    return (
      <section className="page">
        <p className="error-box" role="alert">
          {t('design.versions.missing', { version })}
        </p>
      </section>
    );
  return (
    <ReactFlowProvider key={`${workflowId}:${graphSource}`}>
      <Editor
        client={client}
        store={store}
        workflow={workflow}
        version={version}
        lookups={lookups}
        onWorkflow={setWorkflow}
      />
    </ReactFlowProvider>
  );
}
