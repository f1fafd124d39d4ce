import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/store/store';
import { openTestApp } from '../helpers/app';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('store notices', () => {
  it('tell the user that an unreadable data file was kept aside and the backup restored', async () => {
    const dataDir = tempDir();
    const first = await openTestApp(dataDir);
    await first.dispatch('directory.save', { kind: 'roles', entry: { name: 'Na de back-up' } });
    await first.close();
    writeFileSync(join(dataDir, DATABASE_FILE), '{ "half": ');

    await renderApp(dataDir);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Het gegevensbestand kon niet worden gelezen \(it is not valid JSON .*\)\. Het is bewaard als .*stroomlijn\.json\.unreadable-.* en de laatste goede back-up is teruggezet\./);
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
