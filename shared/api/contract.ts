import { z } from 'zod';
import { Id } from '../model/common';
import { Contact, Directory, DirectoryKind, Employee, Organisation, Person, Role, User } from '../model/directory';
import { partialUpdate } from '../model/partial-update';
import { Settings, SettingsView } from '../model/settings';
import { type Envelope } from './errors';
import { engineContract } from './engine-contract';
import { recordContract } from './record-contract';
import { scheduleContract } from './schedule-contract';
import { itemContract } from './item-contract';
import { messageContract } from './message-contract';
import { repliesContract } from './replies-contract';
import { camundaContract } from './camunda-contract';
import { simulateContract } from './simulate-contract';
import { tokenContract } from './token-contract';
import { StoreNotice } from '../model/store-notice';
import { workflowContract } from './workflow-contract';
import { bpmnContract } from './bpmn-contract';
import { itemTypeContract } from './item-type-contract';
import { authContract } from './auth-contract';
import { auditContract } from './audit-contract';
import { officeContract } from './office-contract';
import { calendarContract } from './calendar-contract';
import { directoryCsvContract } from './directory-csv-contract';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();

export {
  NoticeCauses,
  type NoticeCause,
  StoreNotice,
  StoreNoticeKinds,
  type StoreNoticeKind,
} from '../model/store-notice';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  notices: z.array(StoreNotice),
});
export type AppInfo = z.infer<typeof AppInfo>;

const newOrExisting = <S extends z.ZodObject<{ id: typeof Id }>>(schema: S) => schema.extend({ id: Id.optional() });

/** Create an entry (no id) or replace the entry with that id. */
export const SaveEntryInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('users'), entry: newOrExisting(User) }),
  z.object({ kind: z.literal('persons'), entry: newOrExisting(Person) }),
  z.object({ kind: z.literal('employees'), entry: newOrExisting(Employee) }),
  z.object({ kind: z.literal('organisations'), entry: newOrExisting(Organisation) }),
  z.object({ kind: z.literal('contacts'), entry: newOrExisting(Contact) }),
  z.object({ kind: z.literal('roles'), entry: newOrExisting(Role) }),
]);
export type SaveEntryInput = z.infer<typeof SaveEntryInput>;

export { ImportReport, CsvPreview } from './directory-csv-contract';

/** Only the fields given change (no defaults fill in the others). */
export const SettingsUpdate = partialUpdate(
  Settings.pick({ language: true, theme: true, webhookAllowedHosts: true, actionLinkDays: true }),
);

/**
 * Every method the renderer may call, with its input and output schemas. Both transports
 * (Electron IPC and the browser host's HTTP) bind exactly this list; nothing else is reachable.
 */
export const apiContract = {
  'app.info': method(none, AppInfo),
  'settings.get': method(none, SettingsView),
  'settings.update': method(SettingsUpdate, SettingsView),
  'directory.get': method(none, Directory),
  /** One entry of the directory (the API v1 reads what it created or replaced). */
  'directory.entry': method(
    z.object({ kind: DirectoryKind, id: Id }).strict(),
    z.union([User, Person, Employee, Organisation, Contact, Role]),
  ),
  'directory.save': method(SaveEntryInput, z.object({ kind: DirectoryKind, id: Id })),
  'directory.remove': method(
    z.object({ kind: DirectoryKind, id: Id }).strict(),
    z.object({ removed: z.literal(true) }),
  ),
  ...directoryCsvContract,
  ...workflowContract,
  ...bpmnContract,
  ...itemTypeContract,
  ...messageContract,
  ...repliesContract,
  ...camundaContract,
  ...itemContract,
  ...engineContract,
  ...recordContract,
  ...scheduleContract,
  ...tokenContract,
  ...simulateContract,
  ...authContract,
  ...auditContract,
  ...officeContract,
  ...calendarContract,
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
/** What a caller passes (defaults may be left out). */
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
/** What a handler receives, after validation. */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export const apiMethods = Object.keys(apiContract) as ApiMethod[];
export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(apiContract, name);

/** What the Electron preload exposes on `window.stroomlijn`: one function per method. */
export type ApiBridge = { [M in ApiMethod]: (input: unknown) => Promise<Envelope> };
