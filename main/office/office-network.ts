import type { RequestListener } from 'node:http';
import type { z } from 'zod';
import type { OfficeNetworkStatus, OfficeNetworkUpdate } from '@shared/api/office-contract';
import { ApiError } from '@shared/api/errors';
import {
  officeListenProblems,
  officeNetworkMessages,
  type OfficeNetworkSettings,
  officeUrl,
} from '@shared/model/office-network';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
import { describeCertificate, fitsNames, type KeyAndCertificate, makeCertificate } from './certificate';
import { CertificateFile } from './certificate-file';
import { ListenError, listenOffice, type OfficeListener } from './office-listener';
import { type OfficeAuthority, officeAuthority } from './office-guard';

export interface OfficeNetworkDeps {
  store: Store;
  clock: Clock;
  dataDir: string;
  /** Where to listen: ALL_ADDRESSES, or the addresses the command line names. */
  addresses: readonly string[];
  /** The requests of colleagues, answered for the names and port in force now. */
  handler(authority: () => OfficeAuthority): RequestListener;
  suggestions(): string[];
  log(message: string): void;
}

export interface OfficeNetwork {
  status(): OfficeNetworkStatus;
  update(change: z.output<typeof OfficeNetworkUpdate>): Promise<OfficeNetworkStatus>;
  renewCertificate(): Promise<OfficeNetworkStatus>;
  /** The port it listens on, if it does (webhooks may not call it). */
  listeningPort(): number | null;
  /** At start: listen when it is switched on; a port taken meanwhile is kept as the status's problem. */
  start(): Promise<void>;
  close(): Promise<void>;
}

const refusedAt = (path: string, message: string) =>
  new ApiError('invalid_input', `Office network: ${path} ${message}`, [{ path, message }]);

/**
 * Settings → Office network: serves the app over HTTPS to colleagues while switched on, with a
 * certificate made on first use and again when the names change. A change that cannot be carried
 * out (the port is taken) is refused before anything is written; one change at a time.
 */
export function createOfficeNetwork(deps: OfficeNetworkDeps): OfficeNetwork {
  const { store, clock } = deps;
  const file = new CertificateFile(deps.dataDir);
  const settings = (): OfficeNetworkSettings => store.data.settings.officeNetwork;
  let identity: KeyAndCertificate | null = null;
  let listener: OfficeListener | null = null;
  let problem: OfficeNetworkStatus['problem'];
  let authority = officeAuthority(settings().hostNames, settings().port);
  const handle = deps.handler(() => authority);
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  const persist = (next: OfficeNetworkSettings) =>
    store.update((data) => {
      data.settings = { ...data.settings, officeNetwork: next };
    });

  const made = async (names: readonly string[]) => {
    const pair = await makeCertificate(names, clock.now());
    const { fingerprint } = describeCertificate(pair.certPem);
    deps.log(`Office network: a new certificate for ${names.join(', ')}, SHA-256 ${fingerprint}`);
    return pair;
  };

  const status = (): OfficeNetworkStatus => {
    const current = settings();
    return {
      ...current,
      listening: listener ? [...listener.addresses] : [],
      urls: current.hostNames.map((name) => officeUrl(name, current.port)),
      ...(problem ? { problem } : {}),
      ...(identity ? { certificate: describeCertificate(identity.certPem) } : {}),
      suggestions: deps.suggestions(),
    };
  };

  /** Switched on (or changed while on): a fitting certificate, listening on the port, then the settings. */
  async function switchOn(next: OfficeNetworkSettings): Promise<void> {
    const fresh = identity && fitsNames(identity, next.hostNames, clock.now()) ? null : await made(next.hostNames);
    if (fresh) await file.stage(fresh);
    const wanted = fresh ?? identity!;
    const reuse = listener !== null && listener.port === next.port;
    let started: OfficeListener | null = null;
    try {
      if (reuse) listener!.setIdentity(wanted);
      else started = await listenOffice({ port: next.port, addresses: deps.addresses, identity: wanted, handle });
      await persist(next);
    } catch (error) {
      await started?.close();
      if (reuse && identity) listener!.setIdentity(identity);
      await file.discard();
      if (error instanceof ListenError) throw refusedAt('port', officeListenProblems[error.reason]);
      throw error;
    }
    if (fresh) await file.commit();
    if (started) {
      await listener?.close();
      listener = started;
    }
    identity = wanted;
    authority = officeAuthority(next.hostNames, next.port);
    problem = undefined;
  }

  async function switchOff(next: OfficeNetworkSettings): Promise<void> {
    await persist(next);
    authority = officeAuthority(next.hostNames, next.port);
    problem = undefined;
    const closing = listener;
    listener = null;
    await closing?.close();
  }

  /** At start: the staged certificate if the settings were written for it, else the file's. */
  async function loadIdentity(): Promise<void> {
    const staged = await file.readStaged();
    if (staged && fitsNames(staged, settings().hostNames, clock.now())) await file.commit();
    else await file.discard();
    identity = await file.read();
  }

  return {
    status,
    update: (change) =>
      oneAtATime(async () => {
        const next = { ...settings(), ...change };
        if (next.enabled && next.hostNames.length === 0) throw refusedAt('hostNames', officeNetworkMessages.noNames);
        await (next.enabled ? switchOn(next) : switchOff(next));
        return status();
      }),
    renewCertificate: () =>
      oneAtATime(async () => {
        const { hostNames } = settings();
        if (hostNames.length === 0) throw refusedAt('hostNames', officeNetworkMessages.noNames);
        const fresh = await made(hostNames);
        await file.write(fresh);
        listener?.setIdentity(fresh);
        identity = fresh;
        return status();
      }),
    listeningPort: () => listener?.port ?? null,
    start: () =>
      oneAtATime(async () => {
        try {
          await loadIdentity();
          const current = settings();
          if (!current.enabled) return;
          if (!identity || !fitsNames(identity, current.hostNames, clock.now())) {
            identity = await made(current.hostNames);
            await file.write(identity);
          }
          listener = await listenOffice({ port: current.port, addresses: deps.addresses, identity, handle });
        } catch (error) {
          // The app starts all the same; Settings says why colleagues cannot reach it.
          const { reason, detail } =
            error instanceof ListenError ? error : { reason: 'failed' as const, detail: String(error) };
          problem = { reason, detail };
          deps.log(`The office network could not start: ${detail}`);
        }
      }),
    close: () =>
      oneAtATime(async () => {
        const closing = listener;
        listener = null;
        await closing?.close();
      }),
  };
}
