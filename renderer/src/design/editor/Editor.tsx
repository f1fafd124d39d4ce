import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@shared/api';
import type { Workflow } from '@shared/model/workflow';
import { nodeName } from '@shared/workflow/context';
import { navigate } from '../../state/route';
import { downloadText } from '../../ui/download';
import { useErrorText } from '../../ui/ErrorText';
import { useToast } from '../../ui/Toast';
import { useAutosave } from './autosave';
import { Canvas, FIT_PADDING } from './Canvas';
import { EmptyCanvasHint } from './EmptyCanvasHint';
import { NodeTextContext } from './nodes/node-text';
import { readClipboard, writeClipboard } from './clipboard';
import { type EditorLookups, LookupsContext } from './context';
import { ContextMenu, type MenuItem } from './ContextMenu';
import { useFindings } from './findings';
import { type ShortcutAction, useShortcuts } from './keyboard';
import { Palette } from './Palette';
import { usePaletteAdd } from './palette-add';
import { PropertyPanel } from './panel/PropertyPanel';
import { usePublishRoute } from './PublishRouteQuestion';
import type { SettingsChange } from './panel/WorkflowSettings';
import { ShortcutsDialog } from './ShortcutsDialog';
import { BpmnExportDialog } from './BpmnExportDialog';
import { SimulatePanel } from './simulate/SimulatePanel';
import { useSimulation } from './simulate/useSimulation';
import type { EditorStore } from './store';
import { Toolbar } from './Toolbar';
import { ValidationPanel } from './ValidationPanel';

interface Props {
  client: ApiClient;
  store: EditorStore;
  workflow: Workflow;
  version?: number;
  lookups: EditorLookups;
  onWorkflow(workflow: Workflow): void;
}

/** The canvas editor of one workflow (its draft, or a published version read-only). */
export function Editor({ client, store, workflow, version, lookups, onWorkflow }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const flow = useReactFlow();
  const toast = useToast();
  const route = usePublishRoute(workflow);
  const [tab, setTab] = useState<'properties' | 'validation' | 'simulate'>('properties');
  const [notice, setNotice] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [bpmn, setBpmn] = useState(false);
  const [menu, setMenu] = useState<{ at: { x: number; y: number }; nodeId: string | null } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const searchIndex = useRef(0);
  const findings = useFindings(store, workflow, lookups);
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  const { state: save, flush } = useAutosave(store, workflow.id, client, workflow.draftSavedAt);
  const sim = useSimulation(client, store, workflow.id);

  const centerOnSimulation = useCallback(() => {
    const ids = store.getState().simulated;
    if (ids.length) void flow.fitView({ nodes: ids.map((id) => ({ id })), duration: 300, maxZoom: 1.1, padding: 0.6 });
  }, [flow, store]);

  const focusNode = useCallback(
    (id: string) => {
      store.getState().select([id]);
      setTab('properties');
      void flow.fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.1, padding: 0.6 });
    },
    [flow, store],
  );

  const fitAll = useCallback(() => void flow.fitView({ duration: 300, padding: FIT_PADDING, maxZoom: 1 }), [flow]);

  const layout = useCallback(async () => {
    const { nodes, edges } = store.getState();
    // elkjs is large; it loads the first time someone asks for a layout.
    const { autoLayout } = await import('./layout');
    store.getState().setPositions(await autoLayout(nodes, edges));
    requestAnimationFrame(fitAll);
  }, [fitAll, store]);

  const paste = useCallback(() => {
    const doc = readClipboard();
    if (doc) store.getState().paste(doc);
  }, [store]);

  const addFromPalette = usePaletteAdd(store, () => document.querySelector<HTMLElement>('.canvas-wrap .react-flow'));

  const run = useCallback(
    (action: ShortcutAction) => {
      const s = store.getState();
      const copy = () => {
        const doc = s.copySelection();
        if (doc) writeClipboard(doc);
        return doc;
      };
      const actions: Record<ShortcutAction, () => void> = {
        undo: s.undo,
        redo: s.redo,
        delete: s.deleteSelection,
        copy: () => void copy(),
        paste,
        duplicate: () => {
          const doc = copy();
          if (doc) s.paste(doc);
        },
        selectAll: s.selectAll,
        search: () => searchRef.current?.focus(),
        layout: () => void layout(),
        fit: fitAll,
        deselect: () => s.select([]),
        help: () => setHelp(true),
      };
      actions[action]();
    },
    [fitAll, layout, paste, store],
  );
  useShortcuts(run);

  const search = useCallback(
    (query: string, next: boolean) => {
      const q = query.trim().toLowerCase();
      const matches = store.getState().nodes.filter((n) => q && nodeName(n.data.node).toLowerCase().includes(q));
      if (matches.length) {
        searchIndex.current = next ? (searchIndex.current + 1) % matches.length : 0;
        focusNode(matches[searchIndex.current]!.id);
      }
      return matches.length;
    },
    [focusNode, store],
  );

  const publish = useCallback(async () => {
    setNotice(null);
    if (errorCount > 0) {
      setTab('validation');
      setNotice(t('design.publish.refused', { count: errorCount }));
      return;
    }
    await flush();
    try {
      const answer = await route.ask();
      if (!answer.publish) return;
      const replaceRoute = answer.replaceRoute === undefined ? {} : { replaceRoute: answer.replaceRoute };
      const result = await client.call('workflows.publish', { id: workflow.id, ...replaceRoute });
      onWorkflow(await client.call('workflows.get', { id: workflow.id }));
      toast.show(
        [t('design.publish.done', { version: result.version }), route.said(result, answer)].filter(Boolean).join(' '),
      );
    } catch (error) {
      setTab('validation');
      setNotice(errorText(error));
    }
  }, [client, errorCount, errorText, flush, onWorkflow, route, t, toast, workflow.id]);

  const exportJson = useCallback(async () => {
    await flush();
    const { fileName, json } = await client.call('workflows.export', { id: workflow.id });
    downloadText(fileName, json);
  }, [client, flush, workflow.id]);

  const restore = useCallback(async () => {
    if (version === undefined) return;
    onWorkflow(await client.call('workflows.restoreVersion', { id: workflow.id, version }));
    localStorage.removeItem(`stroomlijn.draft.${workflow.id}`);
    navigate('design', workflow.id);
  }, [client, onWorkflow, version, workflow.id]);

  const changeSettings = useCallback(
    (change: SettingsChange) => {
      client
        .call('workflows.update', { id: workflow.id, ...change })
        .then(onWorkflow, (e: unknown) => setNotice(errorText(e)));
    },
    [client, errorText, onWorkflow, workflow.id],
  );

  const openMenu = useCallback((at: { x: number; y: number }, nodeId: string | null) => setMenu({ at, nodeId }), []);

  const menuItems = (nodeId: string | null): MenuItem[] => {
    const s = store.getState();
    const readOnly = s.readOnly;
    if (nodeId && !s.nodes.find((n) => n.id === nodeId)?.selected) s.select([nodeId]);
    const items: MenuItem[] = [
      {
        key: 'copy',
        label: t('design.shortcuts.copy'),
        run: () => run('copy'),
        disabled: !nodeId && !s.nodes.some((n) => n.selected),
      },
      {
        key: 'duplicate',
        label: t('design.shortcuts.duplicate'),
        run: () => run('duplicate'),
        disabled: readOnly || (!nodeId && !s.nodes.some((n) => n.selected)),
      },
      { key: 'paste', label: t('design.shortcuts.paste'), run: paste, disabled: readOnly || !readClipboard() },
      { key: 'layout', label: t('design.shortcuts.layout'), run: () => void layout(), disabled: readOnly },
      {
        key: 'delete',
        label: t('common.delete'),
        run: () => run('delete'),
        disabled: readOnly || (!nodeId && !s.nodes.some((n) => n.selected)),
        danger: true,
      },
      // Export for Camunda 8 lives here and in Design's list, not in the toolbar: the toolbar has no room left at 1280 px.
      { key: 'bpmn', label: t('bpmnExport.buttonTitle'), run: () => setBpmn(true) },
    ];
    return items;
  };

  return (
    <LookupsContext.Provider value={lookups}>
      <div className="editor">
        <Toolbar
          store={store}
          workflow={workflow}
          version={version}
          save={save}
          errorCount={errorCount}
          onLayout={() => void layout()}
          onFit={fitAll}
          onSearch={search}
          onHelp={() => setHelp(true)}
          onExport={() => void exportJson()}
          onPublish={() => void publish()}
          onRestore={() => void restore()}
          onSimulate={() => setTab('simulate')}
          simulating={tab === 'simulate'}
          searchRef={searchRef}
        />
        {version !== undefined && <div className="readonly-banner">{t('design.versions.readOnly', { version })}</div>}
        <div className="editor-body">
          {version === undefined && <Palette onAdd={addFromPalette} />}
          <div className="canvas-wrap">
            <NodeTextContext.Provider value={t}>
              <Canvas store={store} onContextMenu={openMenu} />
            </NodeTextContext.Provider>
            <EmptyCanvasHint store={store} />
          </div>
          <aside className="side-panel">
            <div className="tabs" role="tablist">
              <button
                type="button"
                role="tab"
                aria-selected={tab === 'properties'}
                className={tab === 'properties' ? 'active' : undefined}
                onClick={() => setTab('properties')}
              >
                {t('design.tabs.properties')}
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={tab === 'validation'}
                className={tab === 'validation' ? 'active' : undefined}
                onClick={() => setTab('validation')}
              >
                {t('design.tabs.validation')}{' '}
                <span className={`count${errorCount ? ' count-error' : ''}`}>{findings.length}</span>
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={tab === 'simulate'}
                className={tab === 'simulate' ? 'active' : undefined}
                onClick={() => setTab('simulate')}
              >
                {t('simulate.tab')}
              </button>
            </div>
            <div className="side-body">
              {tab === 'simulate' ? (
                <SimulatePanel
                  sim={sim}
                  client={client}
                  store={store}
                  workflow={workflow}
                  onCenter={centerOnSimulation}
                />
              ) : tab === 'properties' ? (
                <PropertyPanel store={store} workflow={workflow} onSettings={changeSettings} />
              ) : (
                <ValidationPanel findings={findings} store={store} onFocus={focusNode} notice={notice} />
              )}
            </div>
          </aside>
        </div>
        {menu && <ContextMenu at={menu.at} items={menuItems(menu.nodeId)} onClose={() => setMenu(null)} />}
        {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
        {bpmn && (
          <BpmnExportDialog
            client={client}
            workflowId={workflow.id}
            {...(version !== undefined ? { version } : {})}
            flush={flush}
            onClose={() => setBpmn(false)}
          />
        )}
        {toast.view}
        {route.dialog}
      </div>
    </LookupsContext.Provider>
  );
}
