import type { EngineStatus } from '@shared/api/engine-contract';
import type { Outbox } from '../mail/outbox';
import type { Runtime } from './runtime';

/**
 * The engine as the tray and the API see it: the runtime (timers, deliveries) and the outbox
 * (sending) paused and resumed together. A pause lasts until resumed or the app restarts.
 */
export function createEngineControl(runtime: Runtime, outbox: Outbox) {
  const status = (): EngineStatus => {
    const mail = outbox.status();
    return { paused: runtime.paused, waitingMessages: mail.queued + mail.sending, ...runtime.counts() };
  };
  return {
    status,
    async setPaused(paused: boolean): Promise<EngineStatus> {
      if (paused) outbox.pause();
      else outbox.resume();
      await runtime.setPaused(paused);
      return status();
    },
  };
}
export type EngineControl = ReturnType<typeof createEngineControl>;
