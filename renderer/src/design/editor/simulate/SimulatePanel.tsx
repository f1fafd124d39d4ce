import './simulate.css';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { itemStatusText } from '../../../ui/item-status-text';
import { useStore } from 'zustand';
import type { ApiClient } from '@shared/api';
import type { SimulationEvent } from '@shared/api/simulate-contract';
import type { Workflow } from '@shared/model/workflow';
import { nodeName } from '@shared/workflow/context';
import { ErrorBox } from '../../../ui/ErrorText';
import { useLookups } from '../context';
import type { EditorStore } from '../store';
import { CurrentStep } from './CurrentStep';
import { sampleFields } from './sample-item';
import { SimulationSetup } from './SimulationSetup';
import { SimulationMessages, SimulationTrail } from './SimulationTrail';
import type { Simulation } from './useSimulation';
import { formatDateTime } from '../../../ui/format';

interface Props {
  sim: Simulation;
  client: ApiClient;
  store: EditorStore;
  workflow: Workflow;
  /** Bring the nodes the item is at into view. */
  onCenter(): void;
}

/** The simulation panel: choose an item, then step through the draft; nothing is sent. */
export function SimulatePanel({ sim, client, store, workflow, onCenter }: Props) {
  const { t, i18n } = useTranslation();
  const { itemTypes } = useLookups();
  const nodes = useStore(store, (s) => s.nodes);
  const titles = useMemo(
    () =>
      new Map(
        nodes.map((n) => {
          const name = nodeName(n.data.node);
          // An untitled step goes by its kind, in the user's language.
          return [n.id, name && name !== n.data.node.kind ? name : t(`design.kinds.${n.data.node.kind}`)];
        }),
      ),
    [nodes, t],
  );
  const nodeTitle = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  const formatTime = useCallback((iso: string) => formatDateTime(iso, i18n.language), [i18n.language]);
  const revision = useStore(store, (s) => s.revision);
  const itemType = itemTypes.find((x) => x.id === (sim.result?.item.itemTypeId ?? workflow.itemTypeId));
  // The graph is read from the store again when the draft changes (revision), not on every move
  // of a step, which changes the nodes but not the draft's revision.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fields = useMemo(() => sampleFields(itemType, store.getState().graph()), [itemType, store, revision]);
  const act = useCallback(
    async (event: SimulationEvent) => {
      if (await sim.push(event)) requestAnimationFrame(onCenter);
    },
    [onCenter, sim],
  );
  const { result } = sim;

  return (
    <div className="simulate">
      <p className="sim-notice" role="note">
        {t('simulate.nothingSent')}
      </p>
      {!sim.setup ? (
        <SimulationSetup
          client={client}
          store={store}
          workflow={workflow}
          onStart={(setup) =>
            void sim.start(setup).then((r) => {
              if (r) requestAnimationFrame(onCenter);
            })
          }
        />
      ) : (
        <>
          <div className="sim-bar">
            <span className={`pill sim-status sim-status-${result?.status ?? 'running'}`} role="status">
              {result ? t(`simulate.status.${result.status}`) : t('common.loading')}
            </span>
            <button type="button" onClick={() => void sim.back()} disabled={sim.events.length === 0}>
              ↶ {t('simulate.back')}
            </button>
            <button type="button" onClick={sim.reset}>
              {t('simulate.reset')}
            </button>
            <button type="button" onClick={onCenter} disabled={!result}>
              {t('simulate.center')}
            </button>
          </div>
          {result && (
            <p className="prop-hint">
              {result.item.number} · {result.item.subject}
              {result.itemStatus
                ? ` · ${t('simulate.itemStatus', { status: itemStatusText(t, result.itemStatus) })}`
                : ''}
              <br />
              {t('simulate.time', { time: formatTime(result.now) })}
            </p>
          )}
          {sim.stale && (
            <p className="sim-stale" role="status">
              {sim.error ? t('simulate.staleFailed') : t('simulate.stale')}
            </p>
          )}
          {!sim.stale && sim.replayed && (
            <p className="prop-hint" role="status">
              {t('simulate.replayed')}
            </p>
          )}
          {sim.refused && (
            <p className="error-box" role="alert">
              {t('simulate.refused', { message: sim.refused })}
            </p>
          )}
          {sim.error !== null && <ErrorBox error={sim.error} />}
          {result?.error && <p className="error-box">{result.error}</p>}
          {result && (
            <CurrentStep
              result={result}
              workflow={workflow}
              fields={fields}
              nodeTitle={nodeTitle}
              formatTime={formatTime}
              onEvent={(e) => void act(e)}
            />
          )}
          {result && (
            <>
              <section className="prop-section" aria-labelledby="sim-trail-title">
                <header>
                  <h4 id="sim-trail-title">{t('simulate.trail')}</h4>
                </header>
                <SimulationTrail result={result} nodeTitle={nodeTitle} formatTime={formatTime} />
              </section>
              <section className="prop-section" aria-labelledby="sim-messages-title">
                <header>
                  <h4 id="sim-messages-title">{t('simulate.messages')}</h4>
                </header>
                <SimulationMessages result={result} />
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
