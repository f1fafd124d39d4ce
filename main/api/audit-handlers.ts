import { AUDIT_EXPORT_MAX } from '@shared/api/audit-contract';
import type { AuditTrail } from '../audit/audit-trail';
import type { ApiHandlers } from './call';

/** The audit page's reads (administrators only, by the access table). */
export const createAuditHandlers = (
  trail: AuditTrail,
): Pick<ApiHandlers, 'audit.list' | 'audit.export' | 'audit.events'> => ({
  'audit.list': ({ filter, after, limit }) => trail.list(filter, limit, after),
  'audit.events': async (filter) => (await trail.list(filter, AUDIT_EXPORT_MAX)).entries,
  'audit.export': async ({ filter }) => {
    const { entries, more } = await trail.list(filter, AUDIT_EXPORT_MAX);
    return { entries, truncated: more };
  },
});
