import { basename } from 'node:path';
import type { StoreNotice } from '@shared/model/store-notice';
import type { AuditTrail } from './audit-trail';

/** What the start repaired or found missing in the data files, as Stroomlijn's own audit entries. */
export async function recordStartNotices(trail: AuditTrail, notices: readonly StoreNotice[]): Promise<void> {
  for (const notice of notices) {
    await trail.record({
      action: 'dataRestored',
      actor: { kind: 'system', name: 'Stroomlijn' },
      from: '',
      target: basename(notice.file),
      details: { notice: notice.kind, ...(notice.since ? { since: notice.since } : {}) },
    });
  }
}
