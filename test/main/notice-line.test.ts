import { describe, expect, it } from 'vitest';
import { noticeLine } from '../../main/host/notice-line';
import { NoticeCauses, type StoreNotice, StoreNoticeKinds } from '@shared/api/contract';

const base = { at: '2026-11-23T09:00:00.000Z', file: '/data/items.json.journal', reason: 'it is not valid JSON (x)' };

describe('a store notice in the browser host output', () => {
  it('reads as one line for every kind and cause, with nothing raw', () => {
    for (const kind of StoreNoticeKinds) {
      for (const cause of NoticeCauses) {
        const notice: StoreNotice = {
          ...base,
          kind,
          cause,
          since: '2026-11-23T08:00:00.000Z',
          line: 4,
          readFrom: '/data/items.json.journal.2',
          copyFile: '/data/items.json.journal.2',
          mayMiss: ['D-2026-0012 (Btw-aangifte Q3)'],
          mayMissCount: 2,
          lines: [3],
          bytes: 10,
          expectedBytes: 20,
        };
        const line = noticeLine(notice);
        expect(line, `${kind}/${cause}`).toMatch(/^Note: \/data\/items\.json\.journal /);
        expect(line, `${kind}/${cause}`).not.toMatch(/undefined|NaN|\n/);
      }
    }
  });

  it('names what may be missing, and how many more could not be named', () => {
    const cut: StoreNotice = {
      ...base,
      kind: 'journalCut',
      cause: 'notJson',
      line: 7,
      since: '2026-11-23T08:00:00.000Z',
      copyFile: '/data/items.json.journal.2',
      mayMiss: ['D-2026-0012 (Btw-aangifte Q3)', 'D-2026-0013 (Loonheffing)'],
      mayMissCount: 3,
    };
    expect(noticeLine(cut)).toBe(
      'Note: /data/items.json.journal could not be read from line 7 on (it is not valid JSON (x)). ' +
        'Its second copy /data/items.json.journal.2 could not be read there either. ' +
        'Everything up to 2026-11-23T08:00:00.000Z was restored; what was saved after that was not. ' +
        'Changes to these may be missing: D-2026-0012 (Btw-aangifte Q3), D-2026-0013 (Loonheffing), and to 1 more.',
    );
  });
});
