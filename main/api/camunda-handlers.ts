import type { CamundaSettings, CamundaSettingsView } from '@shared/model/camunda-settings';
import type { WorkerService } from '../camunda/worker-service';
import type { Store } from '../store/store';
import type { ApiHandlers } from './call';

type CamundaMethods = Extract<keyof ApiHandlers, `camunda.${string}`>;

/** Worker mode as an answer shows it: never the client secret. */
const viewOf = (camunda: CamundaSettings | undefined): CamundaSettingsView => {
  if (!camunda) return {};
  const { clientSecret, ...shown } = camunda;
  return { camunda: { ...shown, hasSecret: Boolean(clientSecret) } };
};

/** Settings → Camunda (issue 15 part 3): the cluster the worker serves, kept in the settings. */
export const createCamundaHandlers = (store: Store, worker: WorkerService): Pick<ApiHandlers, CamundaMethods> => ({
  'camunda.status': async () => worker.status(),
  'camunda.pollNow': async () => ({ handled: await worker.pollNow() }),
  'camunda.settings': async () => viewOf(store.data.settings.camunda),
  'camunda.saveSettings': async ({ camunda }) => {
    const kept = store.data.settings.camunda;
    // No secret given: the kept one stays, as long as it is for the same client at the same address.
    const secret =
      camunda?.clientSecret ||
      (kept && camunda && kept.clientId === camunda.clientId && kept.restAddress === camunda.restAddress
        ? kept.clientSecret
        : undefined);
    const next = camunda
      ? {
          ...camunda,
          ...(camunda.clientId ? {} : { clientId: undefined, tokenUrl: undefined, audience: undefined }),
          clientSecret: secret,
        }
      : undefined;
    await store.update((d) => {
      if (next)
        d.settings.camunda = Object.fromEntries(
          Object.entries(next).filter(([, v]) => v !== undefined && v !== ''),
        ) as CamundaSettings;
      else delete d.settings.camunda;
    });
    return viewOf(store.data.settings.camunda);
  },
});
