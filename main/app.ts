import { randomUUID } from 'node:crypto';
import type { ApiMethod, AppInfo, StoreNotice } from '@shared/api/contract';
import type { Call } from './api/call';
import { ITEMS_SCHEMA_VERSION } from '@shared/model/item';
import { createDispatch, type Dispatch } from './api/dispatch';
import { AuditTrail } from './audit/audit-trail';
import { createAuditNames } from './audit/audit-names';
import { auditDispatch } from './audit/audited-dispatch';
import { recordStartNotices } from './audit/start-notices';
import { createCalendarService } from './calendar/calendar-service';
import { createHandlers } from './api/handlers';
import { recordReferrers } from './records/record-references';
import { type Clock, systemClock } from './clock';
import { loadSampleData } from './sample-data';
import { createDirectoryService } from './services/directory';
import { createSettingsService } from './services/settings';
import { createWorkflowService } from './services/workflows';
import { createItemTypeService } from './services/item-types';
import { createMailService } from './services/mail';
import { createTemplateService } from './services/templates';
import { createMessagePreview } from './services/message-preview';
import type { MessageWorld } from './engine/message-world';
import { linkBase } from './mail-actions/link-base';
import { openMailActionKey } from './mail-actions/mail-action-key';
import { createTaskMailPort } from './mail-actions/task-mail-port';
import { type ActionLinks, createActionLinks } from './mail-actions/action-link-service';
import { createMailAct } from './mail-actions/mail-act';
import { openUsedLinks } from './mail-actions/used-links';
import { type ImapClient, imapClient } from './mail-actions/imap-reader';
import { replyAddress } from './mail-actions/reply-address';
import { createReplyHandler } from './mail-actions/reply-handler';
import { openReplyLedger } from './mail-actions/reply-ledger';
import { createRepliesService, type RepliesService } from './mail-actions/replies-service';
import { createJobWorker } from './camunda/job-worker';
import type { CamundaSettings } from '@shared/model/camunda-settings';
import type { CamundaJobClient } from './camunda/job-client';
import { createWorkerService, type WorkerService } from './camunda/worker-service';
import { outboundPolicy } from './engine/background-effects';
import type { ImapSettings } from '@shared/model/settings';
import { createTransportChooser } from './mail/mail-transports';
import { Outbox } from './mail/outbox';
import { OUTBOX_FILE, OUTBOX_SCHEMA_VERSION, openOutboxStore } from './mail/outbox-store';
import { MessageArchive } from './mail/message-archive';
import { MessageHistory } from './mail/message-history';
import { attachmentFiles } from './mail/attachments';
import { createRuntime, type Runtime } from './engine/runtime';
import { createRecordRunLoop } from './records/record-run-loop';
import { createEngineControl, type EngineControl } from './engine/engine-control';
import { openRecordsWithSamples } from './records/sample-records';
import { createInbox, type Inbox } from './records/inbox';
import { createScheduleService } from './records/schedule-service';
import { directoryRecordById } from '@shared/records/directory-records';
import { ITEMS_FILE, ItemsStore } from './engine/items-store';
import { RECORDS_FILE, RECORDS_SCHEMA_VERSION } from './records/records-store';
import { openStore, type Store } from './store/store';
import { type ApiTokenService, createApiTokenService } from './services/api-tokens';
import { AUTH_FILE, openAuthFile } from './auth/auth-file';
import { AUTH_SCHEMA_VERSION } from '@shared/model/auth';
import { createSignIn, type SignIn } from './auth/sign-in';
import { createAccounts } from './auth/accounts';
import { type Callers, createCallers } from './auth/callers';
import { createItemAccess } from './engine/item-access';
import { createWork } from './engine/work';
import { createItemAttachments } from './engine/item-attachments';
import { createOfficeNetwork, type OfficeNetwork } from './office/office-network';
import { createOfficeRequestsLoop } from './office/office-requests-port';
import { ALL_ADDRESSES } from './office/office-listener';
import { lanNameSuggestions } from './office/lan-names';
import { join } from 'node:path';
import { IdempotencyStore } from './http/api-v1/idempotency-store';
import { workflowById } from '@shared/workflow/queries';

export interface AppOptions {
  dataDir: string;
  resourcesDir: string;
  host: AppInfo['host'];
  version: string;
  clock?: Clock;
  newId?: () => string;
  /** smtp://… overrides the SMTP settings (SMTP_URL). */
  smtpUrl?: string;
  /** Outbox retries and workflow timers in the background; tests turn them off and drive both themselves. */
  backgroundTimers?: boolean;
  /** The built renderer the office network serves (default: dist/renderer beside resources/). */
  rendererDir?: string;
  /** Where the office network listens when switched on (default: every address, IPv4 and IPv6). */
  officeAddresses?: readonly string[];
  /** The Camunda cluster's client for worker mode (the REST client with OAuth by default). */
  camundaClient?: (settings: CamundaSettings) => CamundaJobClient;
  /** The IMAP client of the replies mailbox (imapflow by default). */
  imapClient?: (settings: ImapSettings) => ImapClient | Promise<ImapClient>;
}

/** The JSON files beside the database: a newer version of any of them refuses the start. */
const DATA_FILES = [
  { file: OUTBOX_FILE, schemaVersion: OUTBOX_SCHEMA_VERSION },
  { file: ITEMS_FILE, schemaVersion: ITEMS_SCHEMA_VERSION },
  { file: RECORDS_FILE, schemaVersion: RECORDS_SCHEMA_VERSION },
  { file: AUTH_FILE, schemaVersion: AUTH_SCHEMA_VERSION },
];

export interface App {
  /** Every transport's entry point: the call says who is asking (made by the transport, never from the input). */
  dispatch: Dispatch;
  /** For a transport that refuses a call before dispatch (the API v1): the refusal goes into the audit trail. */
  refused(call: Call, method: ApiMethod): Promise<void>;
  /** Who is asking, from a session or an API token: for the transports. */
  callers: Callers;
  /** The API v1's kept answers to creating requests with an Idempotency-Key. */
  idempotency: IdempotencyStore;
  /** Accounts and sessions (the first administrator of a scripted install: `--create-admin`). */
  signIn: SignIn;
  store: Store;
  outbox: Outbox;
  runtime: Runtime;
  engine: EngineControl;
  /** Fire what is due now: record-trigger timers, then item timers (what the 15 s ticker does). */
  tick(): Promise<void>;
  inbox: Inbox;
  apiTokens: ApiTokenService;
  officeNetwork: OfficeNetwork;
  /** The pages of the links in task mails, for the hosts to serve at /act/…. */
  actionLinks: ActionLinks;
  /** The replies mailbox: read every minute, or now (tests). */
  replies: RepliesService;
  /** Worker mode for a Camunda 8 cluster: polls while the app runs, or now (tests). */
  camundaWorker: WorkerService;
  /** What the user is told about damaged data files (also in `app.info`). */
  notices(): StoreNotice[];
  /** Resolves once the runtime and the records store have nothing on its way to disk (a snapshot rewrite included). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The composition root of main/: opens the store and wires services to the API. */
export async function createApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? systemClock;
  const seed = () => loadSampleData(options.resourcesDir);
  const store = await openStore({ dataDir: options.dataDir, clock, seed, otherFiles: DATA_FILES });
  const { lastRunClosed } = store;
  const newId = options.newId ?? randomUUID;
  const outboxStore = await openOutboxStore(options.dataDir, clock, lastRunClosed);
  const transports = createTransportChooser(store, options.smtpUrl);
  const files = attachmentFiles(options.dataDir);
  const messageArchive = new MessageArchive(options.dataDir, clock);
  await messageArchive.check();
  const audit = new AuditTrail(options.dataDir, clock, newId);
  await audit.check();
  const history = new MessageHistory({ store: outboxStore, archive: messageArchive, clock });
  const outbox = new Outbox({
    store: outboxStore,
    clock,
    transport: transports.current,
    timers: options.backgroundTimers ?? true,
    attachmentPath: files.path,
    history,
  });
  await outbox.start();
  const items = await ItemsStore.open(options.dataDir, clock, lastRunClosed);
  const apiTokens = createApiTokenService(store, clock, newId);
  const calendar = createCalendarService(store, clock);
  const authFile = await openAuthFile(options.dataDir, clock, lastRunClosed);
  const signIn = createSignIn(authFile, store, clock, newId);
  const accounts = createAccounts(authFile, store, clock, signIn);
  const callers = createCallers(() => store.data, signIn.callerOf, apiTokens.verify, apiTokens.noteUse);
  const access = createItemAccess(() => store.data);
  const idempotency = await IdempotencyStore.open(options.dataDir, clock);
  // Listens only once everything is up (start, at the end); its requests are connected to dispatch, made last.
  const officeRequests = createOfficeRequestsLoop({
    callers,
    idempotency,
    rendererDir: options.rendererDir ?? join(options.resourcesDir, '..', 'dist', 'renderer'),
    tokens: apiTokens,
    version: options.version,
    log: console.error,
  });
  const officeNetwork = createOfficeNetwork({
    store,
    clock,
    dataDir: options.dataDir,
    addresses: options.officeAddresses ?? ALL_ADDRESSES,
    handler: officeRequests.handler,
    suggestions: lanNameSuggestions,
    log: console.error,
  });
  // The first start found no database at all: sample records are made.
  const firstStart = store.created && !store.notices.some((n) => n.kind === 'startedEmpty');
  const recordsStore = await openRecordsWithSamples({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    clock,
    firstStartDirectory: firstStart ? store.data.directory : null,
    lastRunClosed,
  });
  const inbox = createInbox(recordsStore, clock);
  const recordOf = (id: string) =>
    recordsStore.maps.records.get(id) ?? directoryRecordById(store.data.directory, id, clock.now().toISOString());
  const mailActionKey = await openMailActionKey(options.dataDir);
  const taskMail = createTaskMailPort({
    key: mailActionKey,
    clock,
    linkBase: () => linkBase(officeNetwork, apiTokens.baseUrl),
    linkDays: () => store.data.settings.actionLinkDays,
    replyTo: (binding) => {
      const mailbox = store.data.settings.imap?.address;
      return mailbox ? replyAddress(mailActionKey, mailbox, binding) : undefined;
    },
  });
  const world: MessageWorld = {
    get db() {
      return store.data;
    },
    recordOf,
    taskMail,
  };
  /** Our own ports: a webhook step (or a Camunda job) may never call the app itself. */
  const ownPorts = () => [
    ...(apiTokens.baseUrl ? [Number(new URL(apiTokens.baseUrl).port)] : []),
    ...(officeNetwork.listeningPort() !== null ? [officeNetwork.listeningPort()!] : []),
  ];
  // Records and the runs they start: the loop is made first, its steps go to the runtime, then it is connected to the runtime.
  const loop = createRecordRunLoop({ recordsStore, store, clock, newId, recordOf });
  const { records, scheduler, steps } = loop;
  const runtime = createRuntime({
    store,
    items,
    outbox,
    clock,
    newId,
    recordOf,
    taskMail,
    inbox,
    attachmentExists: files.has,
    ownPorts,
    ...steps,
  });
  loop.connect(runtime);
  await runtime.resume();
  // Only after the resume, which asks the outbox which effects' messages were written.
  await outbox.keepHistoryArchived();
  const engine = createEngineControl(runtime, outbox);
  // Timers that fell due while the app was closed fire once now; then every 15 s.
  const background = options.backgroundTimers ?? true;
  await loop.catchUp();
  let ticking: Promise<void> | null = null;
  const tick = () => {
    // The 15 s ticker never overlaps itself: a slow pass makes the next one wait its turn.
    ticking ??= (async () => {
      if (runtime.paused) return;
      await scheduler.tick().catch((e: unknown) => console.error('record timers', e));
      await runtime.tick();
      await runtime.idle();
    })().finally(() => (ticking = null));
    return ticking;
  };
  if (background) await tick();
  const ticker = background
    ? setInterval(() => void tick().catch((e: unknown) => console.error('timer', e)), 15_000)
    : null;
  // What the start found wrong with the data files, then what reading the archives found (as they are read).
  const notices = () => [
    ...store.notices,
    ...outboxStore.notices,
    ...items.notices,
    ...recordsStore.notices,
    ...authFile.notices,
    ...messageArchive.notices,
    ...audit.notices,
  ];
  // What the start repaired or found missing goes into the audit trail too (once per start that found it).
  await recordStartNotices(audit, notices());
  const previews = createMessagePreview(world, async (id, caller) => {
    const item = await items.find(id);
    return item && access.seen(caller, item);
  });
  const work = createWork(store, runtime, access);
  const mailAct = createMailAct({ db: () => store.data, openItems: () => items.openItems(), work });
  const usedLinks = await openUsedLinks(options.dataDir);
  const actionLinks = createActionLinks({
    key: mailActionKey,
    clock,
    db: () => store.data,
    mailAct,
    used: usedLinks,
    log: console.error,
  });
  const replyLedger = await openReplyLedger(options.dataDir);
  const replies = createRepliesService({
    store,
    ledger: replyLedger,
    client: options.imapClient ?? imapClient,
    log: console.error,
    handle: createReplyHandler({
      key: mailActionKey,
      clock,
      db: () => store.data,
      findSent: (id) => history.find(id),
      findItem: (id) => items.find(id),
      mailAct,
      ledger: replyLedger,
      answer: (draft) => outbox.enqueue([draft]),
    }),
  });
  if (options.backgroundTimers ?? true) replies.start();
  const camundaWorker = createWorkerService({
    settings: () => store.data.settings.camunda,
    clock,
    log: console.error,
    ...(options.camundaClient ? { client: options.camundaClient } : {}),
    worker: (client, settings) =>
      createJobWorker({
        client,
        world,
        outbox,
        clock,
        jobTypes: settings.jobTypes,
        inbox,
        policy: () => outboundPolicy(store.data.settings, ownPorts()),
        findItem: (id) => items.find(id),
        ...steps,
      }),
  });
  if (options.backgroundTimers ?? true) camundaWorker.start();
  const handlers = createHandlers({
    info: () => ({
      name: 'Stroomlijn',
      version: options.version,
      host: options.host,
      dataDir: options.dataDir,
      notices: notices(),
    }),
    signIn,
    accounts,
    directory: createDirectoryService(
      store,
      newId,
      (kind, before, after) => records.directoryChanged(kind, before, after),
      (next) => {
        const { accounts } = authFile.data;
        return !accounts.length || next.users.some((u) => u.admin && accounts.some((a) => a.userId === u.id));
      },
    ),
    settings: createSettingsService(store),
    workflows: createWorkflowService(store, clock, newId, (id) => scheduler.republished(id)),
    itemTypes: createItemTypeService(
      store,
      (itemTypeId) => items.list({ keep: (i) => i.itemTypeId === itemTypeId, archivedLimit: 100_000 }),
      newId,
    ),
    store,
    world,
    templates: createTemplateService(store, newId, previews),
    work,
    itemAttachments: createItemAttachments(files, work, access),
    engine,
    records,
    schedule: createScheduleService(world, recordOf, items, scheduler, access),
    inbox,
    files,
    mail: createMailService({
      ...{ store, world, previews, outboxStore, outbox, history, newId, files, clock },
      smtpFromEnvironment: transports.fromEnvironment,
    }),
    outbox,
    apiTokens,
    audit,
    recordReferrers: (id) =>
      recordReferrers(id, {
        records: recordsStore,
        openItems: () => items.openItems(),
        workflowName: (workflowId) => workflowById(store.data.workflows, workflowId)?.name,
      }),
    officeNetwork,
    replies,
    calendar,
    camundaWorker,
  });
  const names = createAuditNames(
    () => store.data,
    async (id) => {
      const item = await items.find(id);
      return item && `${item.number} ${item.subject}`;
    },
    (login) => authFile.data.accounts.find((a) => a.login === login.trim().toLowerCase())?.userId,
  );
  const audited = auditDispatch(createDispatch(handlers), audit, names, clock);
  officeRequests.connect({ ...audited, actionLinks });
  await officeNetwork.start();
  return {
    dispatch: audited.dispatch,
    refused: audited.refused,
    callers,
    idempotency,
    signIn,
    store,
    outbox,
    runtime,
    engine,
    tick,
    inbox,
    apiTokens,
    officeNetwork,
    actionLinks,
    replies,
    camundaWorker,
    notices,
    async idle() {
      await runtime.idle();
      await recordsStore.idle();
    },
    async close() {
      if (ticker) clearInterval(ticker);
      await replies.close();
      await camundaWorker.close();
      await officeNetwork.close();
      await runtime.idle();
      await outbox.close();
      // Each store rounds off on disk (the outbox's backup made equal to it, the journals emptied into their
      // snapshots); the lock goes last, so a close cut short counts as a crash at the next start.
      await outboxStore.close();
      await items.close();
      await recordsStore.close();
      await authFile.close();
      await idempotency.close();
      await usedLinks.close();
      await replyLedger.close();
      await audit.close();
      transports.close();
      await store.close();
    },
  };
}
