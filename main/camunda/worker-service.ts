import { ApiError } from '@shared/api/errors';
import type { CamundaSettings, CamundaWorkerStatus } from '@shared/model/camunda-settings';
import type { Clock } from '../clock';
import type { CamundaJobClient } from './job-client';
import type { JobWorker } from './job-worker';
import { createSdkJobClient } from './sdk-job-client';

export interface WorkerServiceDeps {
  /** Worker mode's saved settings; undefined while it is off. */
  settings(): CamundaSettings | undefined;
  /** The job worker for a client (main/camunda/job-worker.ts with the runtime's parts). */
  worker(client: CamundaJobClient, settings: CamundaSettings): JobWorker;
  clock: Clock;
  log(message: string): void;
  /** The cluster's client for the settings; the official client (@camunda8/sdk) by default. */
  client?(settings: CamundaSettings): CamundaJobClient;
}

/** Ask again at once while jobs come; every few seconds when none did; backing off while it fails. */
export function nextPollIn(handled: number, failuresInARow: number): number {
  if (failuresInARow > 0) return Math.min(5_000 * 2 ** (failuresInARow - 1), 300_000);
  return handled > 0 ? 500 : 5_000;
}

/**
 * Worker mode while the app runs (issue 15 part 3): polls the cluster for our job types with the saved
 * settings, follows a change of them at the next poll, and says how it is doing.
 */
export function createWorkerService(deps: WorkerServiceDeps) {
  let current: { key: string; worker: JobWorker } | null = null;
  let status: CamundaWorkerStatus = { state: 'off', jobsHandled: 0 };
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let polling: Promise<number> | null = null;
  let running = false;

  /** The worker for the settings now: a new client when they changed (a new address or credentials). */
  function workerFor(settings: CamundaSettings): JobWorker {
    const key = JSON.stringify(settings);
    if (current?.key !== key)
      current = { key, worker: deps.worker((deps.client ?? createSdkJobClient)(settings), settings) };
    return current.worker;
  }

  async function pollOnce(): Promise<number> {
    const settings = deps.settings();
    if (!settings) {
      current = null;
      status = { state: 'off', jobsHandled: status.jobsHandled };
      throw ApiError.because('conflict', 'camundaOff');
    }
    const at = deps.clock.now().toISOString();
    try {
      const handled = await workerFor(settings).poll();
      failures = 0;
      status = { state: 'running', lastPollAt: at, jobsHandled: status.jobsHandled + handled };
      return handled;
    } catch (error) {
      failures += 1;
      const lastError = error instanceof Error ? error.message : String(error);
      if (failures === 1) deps.log(`Camunda worker: ${lastError}`);
      status = { state: 'failing', lastPollAt: at, lastError, jobsHandled: status.jobsHandled };
      throw ApiError.because('conflict', 'camundaUnreachable', { detail: lastError });
    }
  }

  /** One poll at a time: asking twice at once would hand the same job to two of ours. */
  function pollNow(): Promise<number> {
    polling ??= pollOnce().finally(() => (polling = null));
    return polling;
  }

  function schedule(handled: number) {
    if (!running) return;
    timer = setTimeout(
      () => {
        timer = null;
        if (!deps.settings()) return schedule(0);
        pollNow().then(
          (n) => schedule(n),
          () => schedule(0),
        );
      },
      deps.settings() ? nextPollIn(handled, failures) : 5_000,
    );
  }

  return {
    pollNow,
    status(): CamundaWorkerStatus {
      return deps.settings() ? status : { state: 'off', jobsHandled: status.jobsHandled };
    },
    /** Poll in the background while the app runs (settings are read before every poll). */
    start() {
      running = true;
      schedule(0);
    },
    async close() {
      running = false;
      if (timer) clearTimeout(timer);
      await polling?.catch(() => undefined);
    },
  };
}

export type WorkerService = ReturnType<typeof createWorkerService>;
