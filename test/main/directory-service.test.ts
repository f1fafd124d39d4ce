import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/errors';
import { DATABASE_FILE } from '../../main/store/store';
import { openTestApp } from '../helpers/app';
import { useTempDirs } from '../helpers/temp-dir';
import { rejection } from '../helpers/rejection';

const tempDir = useTempDirs();

describe('directory through the API (real store on disk)', () => {
  it('loads the sample directory on first start', async () => {
    const app = await openTestApp(tempDir());
    const directory = (await app.dispatch('directory.get', {})) as { users: unknown[]; roles: unknown[] };
    expect(directory.users.length).toBeGreaterThanOrEqual(5);
    expect(directory.roles.length).toBeGreaterThanOrEqual(3);
    await app.close();
  });

  it('creates, updates and deletes an entry, durably', async () => {
    const dir = tempDir();
    const app = await openTestApp(dir);
    const { id } = (await app.dispatch('directory.save', {
      kind: 'persons',
      entry: { firstName: 'Fleur', lastName: 'Kramer', workEmail: 'fleur@x.example' },
    })) as { id: string };
    await app.dispatch('directory.save', { kind: 'persons', entry: { id, firstName: 'Fleur', lastName: 'de Kramer' } });
    const onDisk = () =>
      JSON.parse(readFileSync(join(dir, DATABASE_FILE), 'utf8')).directory.persons as {
        id: string;
        lastName: string;
        workEmail?: string;
      }[];
    expect(onDisk().find((p) => p.id === id)).toEqual({ id, firstName: 'Fleur', lastName: 'de Kramer' });
    await app.dispatch('directory.remove', { kind: 'persons', id });
    expect(onDisk().some((p) => p.id === id)).toBe(false);
    await app.close();
  });

  it('lists each bad field of invalid input and stores nothing', async () => {
    const dir = tempDir();
    const app = await openTestApp(dir);
    const before = readFileSync(join(dir, DATABASE_FILE), 'utf8');
    const error = await rejection(
      app.dispatch('directory.save', { kind: 'users', entry: { name: '', email: 'nope', roleIds: 'admin' } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'entry.name', message: 'is required' },
        { path: 'entry.email', message: 'is not a valid e-mail address' },
        expect.objectContaining({ path: 'entry.roleIds' }),
      ]),
    );
    expect(error.message).toMatch(/^Invalid input for directory\.save: entry\.name: is required/);
    expect(readFileSync(join(dir, DATABASE_FILE), 'utf8')).toBe(before);
    await app.close();
  });

  it('refuses references to entries that do not exist, and deleting entries still referred to', async () => {
    const app = await openTestApp(tempDir());
    const bad = await rejection(
      app.dispatch('directory.save', { kind: 'users', entry: { name: 'X', roleIds: ['role-nope'] } }),
    );
    expect(bad.issues).toEqual([
      {
        path: 'roleIds',
        message: 'refers to role "role-nope", which does not exist',
        reason: { key: 'refersToMissing', params: { thing: 'roles', id: 'role-nope' } },
      },
    ]);
    const inUse = await rejection(app.dispatch('directory.remove', { kind: 'roles', id: 'role-reviewers' }));
    expect(inUse.code).toBe('conflict');
    expect(inUse.message).toContain('Bram Jansen');
    expect(inUse.reason).toMatchObject({ key: 'entryInUse' });
    const missing = await rejection(
      app.dispatch('directory.save', { kind: 'roles', entry: { id: 'ghost', name: 'Ghost' } }),
    );
    expect(missing.code).toBe('not_found');
    await app.close();
  });

  it('rejects unknown methods and unknown keys', async () => {
    const app = await openTestApp(tempDir());
    expect((await rejection(app.dispatch('directory.drop', {}))).code).toBe('unknown_method');
    expect(
      (await rejection(app.dispatch('directory.remove', { kind: 'roles', id: 'x', force: true }))).issues[0]!.message,
    ).toMatch(/Unrecognized key/);
    await app.close();
  });
});

describe('CSV import', () => {
  it('imports the good rows in one go and reports each rejected row with its line and reasons', async () => {
    const app = await openTestApp(tempDir());
    const csv = [
      'firstName;lastName;workEmail;organisationId',
      'Lotte;Vos;lotte@vos.example;org-bakkerij',
      ';Zonder;;',
      'Mark;Meijer;mark-at-example;',
      'Iris;Bos;;org-nope',
      '"Jan, Kees";de Wit;jk@wit.example;',
    ].join('\r\n');
    const report = await app.dispatch('directory.importCsv', { kind: 'persons', csv });
    expect(report).toEqual({
      kind: 'persons',
      rows: 5,
      created: 2,
      updated: 0,
      rejected: [
        { line: 3, errors: [{ path: 'firstName', message: 'is required' }] },
        { line: 4, errors: [{ path: 'workEmail', message: 'is not a valid e-mail address' }] },
        {
          line: 5,
          errors: [
            {
              path: 'organisationId',
              message: 'there is no organisation "org-nope" (new organisations are not created in this import)',
              code: 'unknownOrganisation',
              params: { name: 'org-nope' },
            },
          ],
        },
      ],
    });
    const { persons } = (await app.dispatch('directory.get', {})) as { persons: { firstName: string }[] };
    expect(persons.map((p) => p.firstName)).toEqual(expect.arrayContaining(['Lotte', 'Jan, Kees']));
    await app.close();
  });

  it('updates rows with a known id, reads yes/no and lists, and lets rows refer to rows above them', async () => {
    const app = await openTestApp(tempDir());
    const report = await app.dispatch('directory.importCsv', {
      kind: 'users',
      csv: 'id,name,email,external,roleIds\nuser-dirk,Dirk Visser,dirk@stroomlijn.example,nee,role-payroll;role-reviewers\n,Nieuw,,ja,\n,Fout,,misschien,',
    });
    expect(report).toMatchObject({
      rows: 3,
      created: 1,
      updated: 1,
      rejected: [{ line: 4, errors: [{ path: 'external', message: '"misschien" is not yes or no' }] }],
    });
    const { users } = (await app.dispatch('directory.get', {})) as {
      users: { id: string; email?: string; roleIds: string[]; external: boolean; name: string }[];
    };
    expect(users.find((u) => u.id === 'user-dirk')).toMatchObject({
      email: 'dirk@stroomlijn.example',
      roleIds: ['role-payroll', 'role-reviewers'],
    });
    expect(users.find((u) => u.name === 'Nieuw')).toMatchObject({ external: true });
    await app.close();
  });

  it('refuses a file whose header it does not understand, importing nothing', async () => {
    const app = await openTestApp(tempDir());
    const error = await rejection(app.dispatch('directory.importCsv', { kind: 'roles', csv: 'kleur,vorm\nrood,rond' }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.message)).toEqual(['no column goes to the required field "name"']);
    const empty = await rejection(app.dispatch('directory.importCsv', { kind: 'roles', csv: '' }));
    expect(empty.issues[0]!.message).toBe('the file is empty');
    await app.close();
  });
});
