import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Workflow } from '@shared/model/workflow';
import { navigate } from '../../state/route';
import { Icon } from '../../ui/icons';
import type { SaveState } from './autosave';
import type { EditorStore } from './store';
import { formatDateTime } from '../../ui/format';

interface Props {
  store: EditorStore;
  workflow: Workflow;
  version?: number;
  save: SaveState;
  errorCount: number;
  onLayout(): void;
  onFit(): void;
  onSearch(query: string, next: boolean): number;
  onHelp(): void;
  onExport(): void;
  onPublish(): void;
  onRestore(): void;
  onSimulate(): void;
  /** The simulation panel is open. */
  simulating: boolean;
  searchRef: React.RefObject<HTMLInputElement | null>;
}

export function Toolbar({
  store,
  workflow,
  version,
  save,
  errorCount,
  onLayout,
  onFit,
  onSearch,
  onHelp,
  onExport,
  onPublish,
  onRestore,
  onSimulate,
  simulating,
  searchRef,
}: Props) {
  const { t, i18n } = useTranslation();
  const canUndo = useStore(store, (s) => s.canUndo);
  const canRedo = useStore(store, (s) => s.canRedo);
  const readOnly = useStore(store, (s) => s.readOnly);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<number | null>(null);
  const saveText =
    save.status === 'saved'
      ? save.at
        ? t('design.save.savedAt', { time: formatDateTime(save.at, i18n.language, { timeStyle: 'short' }) })
        : t('design.save.saved')
      : save.status === 'failed'
        ? t('design.save.failed', { message: save.message })
        : t(`design.save.${save.status}`);
  return (
    <header className="editor-bar">
      <div className="editor-title">
        <a href="#/design" className="icon-button" aria-label={t('design.backToList')} title={t('design.backToList')}>
          ←
        </a>
        <div className="editor-title-text">
          <h1>{workflow.name}</h1>
          <div className="editor-title-meta">
            <select
              aria-label={t('design.versions.label')}
              value={version ?? 'draft'}
              onChange={(e) =>
                e.target.value === 'draft'
                  ? navigate('design', workflow.id)
                  : navigate('design', workflow.id, 'v', e.target.value)
              }
            >
              <option value="draft">{t('design.versions.draft')}</option>
              {[...workflow.versions].reverse().map((v) => (
                <option key={v.version} value={v.version}>
                  {t('design.versions.version', {
                    version: v.version,
                    date: formatDateTime(v.publishedAt, i18n.language),
                  })}
                </option>
              ))}
            </select>
            {!readOnly && (
              <span className={`save-state save-${save.status}`} role="status" title={saveText}>
                {saveText}
              </span>
            )}
          </div>
        </div>
      </div>
      <div className="editor-tools">
        {!readOnly && (
          <>
            <button
              type="button"
              className="icon-button"
              onClick={() => store.getState().undo()}
              disabled={!canUndo}
              aria-label={t('design.shortcuts.undo')}
              title={`${t('design.shortcuts.undo')} (Ctrl+Z)`}
            >
              ↶
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => store.getState().redo()}
              disabled={!canRedo}
              aria-label={t('design.shortcuts.redo')}
              title={`${t('design.shortcuts.redo')} (Ctrl+Shift+Z)`}
            >
              ↷
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={onLayout}
              aria-label={t('design.shortcuts.layout')}
              title={`${t('design.shortcuts.layout')} (Shift+L)`}
            >
              <Icon name="layout" size={17} />
            </button>
          </>
        )}
        <button
          type="button"
          className="icon-button"
          onClick={onFit}
          aria-label={t('design.shortcuts.fit')}
          title={`${t('design.shortcuts.fit')} (Shift+1)`}
        >
          <Icon name="fit" size={17} />
        </button>
        <label className="search small">
          <Icon name="search" size={14} />
          <input
            ref={searchRef}
            type="search"
            placeholder={t('editorSearch.placeholder')}
            aria-label={t('design.searchNodes')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setHits(e.target.value ? onSearch(e.target.value, false) : null);
            }}
            onKeyDown={(e) => e.key === 'Enter' && setHits(onSearch(query, true))}
          />
          {hits !== null && <span className="muted">{hits}</span>}
        </label>
        <button
          type="button"
          className="icon-button"
          onClick={onHelp}
          aria-label={t('design.shortcuts.title')}
          title={t('design.shortcuts.title')}
        >
          ?
        </button>
        <button
          type="button"
          onClick={onSimulate}
          aria-pressed={simulating}
          className={simulating ? 'sim-toggle active' : 'sim-toggle'}
        >
          ▶ {t('simulate.button')}
        </button>
        <button type="button" onClick={onExport}>
          {t('design.export')}
        </button>
        {readOnly ? (
          <button type="button" className="primary" onClick={onRestore}>
            {t('design.versions.restore')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={onPublish}
            title={errorCount ? t('design.publish.blocked', { count: errorCount }) : undefined}
          >
            {t('design.publish.button')}
          </button>
        )}
      </div>
    </header>
  );
}
