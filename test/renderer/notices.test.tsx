import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticeCauses, StoreNoticeKinds, type StoreNotice } from '@shared/api/contract';
import { createI18n } from '../../renderer/src/i18n';
import { noticeText } from '../../renderer/src/shell/notice-text';
import { DATABASE_FILE } from '../../main/store/store';
import { openTestApp } from '../helpers/app';
import { crashedAfterDeals } from '../helpers/crash-image';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('store notices', () => {
  it('tell that an unreadable data file was kept aside and its copy restored, with nothing missing', async () => {
    const dataDir = tempDir();
    const first = await openTestApp(dataDir);
    await first.dispatch('directory.save', { kind: 'roles', entry: { name: 'Na de back-up' } });
    await first.close();
    writeFileSync(join(dataDir, DATABASE_FILE), '{ "half": ');

    await renderApp(dataDir);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(
      new RegExp(
        '^stroomlijn\\.json kon niet worden gelezen: het bestand is beschadigd\\. ' +
          'De back-up is teruggezet; er ontbreekt niets\\. ' +
          'Het beschadigde bestand is bewaard als stroomlijn\\.json\\.unreadable-[0-9TZ-]+\\.Sluiten$',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('say up to when a journal cut by damage after a crash was restored, in local time', async () => {
    const crashed = tempDir();
    await crashedAfterDeals(crashed, tempDir(), ['Eerste deal', 'Tweede deal', 'Derde deal']);
    // The journal holds the three records; then its second line is damaged, in both its copies.
    const journal = join(crashed, 'records.json.journal');
    const [line1, line2, ...rest] = readFileSync(journal, 'utf8').split('\n');
    const damaged = [line1, `${line2!.slice(0, 20)}\u0000${line2!.slice(21)}`, ...rest].join('\n');
    for (const copy of [journal, `${journal}.2`]) writeFileSync(copy, damaged);

    await renderApp(crashed);
    const written = new Date((JSON.parse(line1!) as { t: string }).t);
    const since = written.toLocaleString('nl', { dateStyle: 'medium', timeStyle: 'short' });
    expect(screen.getByRole('alert').textContent).toContain(
      'records.json.journal kon vanaf regel 2 niet worden gelezen: die regel is beschadigd. ' +
        'De tweede kopie, records.json.journal.2, kon daar ook niet worden gelezen. ' +
        `Alles tot ${since} is teruggezet; wat daarna is opgeslagen, niet. ` +
        // The damaged line's own record cannot be named (its start is garbled), only counted.
        'Wijzigingen aan deze kunnen ontbreken: Tweede deal, Derde deal, en aan nog 1. ' +
        'Het beschadigde bestand is bewaard als records.json.journal.unreadable-',
    );
  });

  it('say that one copy of a journal was damaged and made again from the other, with nothing missing', async () => {
    const crashed = tempDir();
    await crashedAfterDeals(crashed, tempDir(), ['Eerste deal', 'Tweede deal', 'Derde deal']);
    const journal = join(crashed, 'records.json.journal');
    writeFileSync(journal, readFileSync(journal, 'utf8').split('\n')[0]!.slice(0, 30));

    const { core } = await renderApp(crashed);
    expect(screen.getByRole('alert').textContent).toMatch(
      new RegExp(
        '^records\\.json\\.journal is afgekapt: het houdt eerder op dan de tweede kopie\\. ' +
          'Het is gelezen uit de tweede kopie, records\\.json\\.journal\\.2, en daaruit opnieuw gemaakt: ' +
          'er ontbreekt niets\\. Het beschadigde bestand is bewaard als records\\.json\\.journal\\.unreadable-',
      ),
    );
    const titles = ((await core.dispatch('records.list', { limit: 100 })) as { title: string }[]).map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(['Eerste deal', 'Tweede deal', 'Derde deal']));
  });

  it('show an archive month found damaged while the app runs, once it is read', async () => {
    const dataDir = tempDir();
    const first = await openTestApp(dataDir);
    await first.close();
    const { core, store } = await renderApp(dataDir);
    expect(screen.queryByRole('alert')).toBeNull();
    mkdirSync(join(dataDir, 'archive'), { recursive: true });
    writeFileSync(join(dataDir, 'archive', 'messages-2026-11.jsonl'), '{"id":"m1","subj');
    await core.dispatch('messages.list', { limit: 10 });
    await act(() => store.getState().refreshInfo());
    expect(screen.getByRole('alert').textContent).toContain(
      'archive/messages-2026-11.jsonl: regel 1 kon niet worden gelezen en blijft buiten lijsten en zoekresultaten.',
    );
  });

  it.each(['nl', 'en', 'de'] as const)('read as sentences in %s for every kind, nothing raw', async (language) => {
    const i18n = await createI18n(language);
    const dataDir = '/data';
    const base = { at: '2026-11-23T09:00:00.000Z', file: '/data/records.json', reason: 'it is not valid JSON (x)' };
    const extra = {
      since: '2026-11-23T08:00:00.000Z',
      keptAs: '/data/records.json.unreadable-1',
      logKeptAs: '/data/records.json.journal.unreadable-1',
      line: 4,
      readFrom: '/data/records.json.journal.2',
      copyFile: '/data/records.json.journal.2',
      mayMiss: ['D-2026-0012 (Btw-aangifte Q3)'],
      mayMissCount: 3,
      endIntact: true,
    };
    for (const kind of StoreNoticeKinds) {
      for (const cause of NoticeCauses) {
        const sizes = { lines: [3, 7], bytes: 10, expectedBytes: 20 };
        const notice: StoreNotice = { ...base, ...extra, kind, cause, ...sizes };
        const text = noticeText(notice, i18n.t, language, dataDir).join(' ');
        expect(text, `${kind}/${cause}`).not.toMatch(/notices\.|\{\{|undefined|NaN|not valid JSON|\/data\//);
        expect(text, `${kind}/${cause}`).toContain('records.json');
      }
    }
  });
});
