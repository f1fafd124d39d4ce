import type { ApiOutput } from '@shared/api/contract';
import { Directory, DirectoryKinds } from '@shared/model/directory';
import type { Route } from './routes';

type WholeDirectory = ApiOutput<'directory.get'>;

/** One kind of the directory at a time (the whole directory is big). */
const directoryKindRoutes: Route[] = DirectoryKinds.map((kind): Route => ({
  method: 'GET',
  path: `/directory/${kind}`,
  call: 'directory.get',
  tag: 'Directory',
  respond: { schema: Directory.shape[kind], from: (d: WholeDirectory) => d[kind] },
  summary: `The entries of ${kind}`,
}));

/** Lists of issue 13: mailings, the audit trail, and the directory per kind. */
export const listRoutes: Route[] = [
  {
    method: 'GET',
    path: '/audit-events',
    call: 'audit.events',
    query: ['from', 'to', 'action', 'userId', 'text'],
    page: { by: ['at', 'id'], newestFirst: true },
    tag: 'Audit trail',
    summary:
      'The audit trail, newest first: from/to (dates, UTC, to included), action, ' +
      'userId (by or about them), text (words in actor, target, detail or address)',
  },
  {
    method: 'GET',
    path: '/mailings',
    call: 'mailings.list',
    page: { by: ['createdAt', 'id'], newestFirst: true },
    tag: 'Mailings',
    summary: 'Every mailing with its progress, newest first',
  },
  ...directoryKindRoutes,
];
