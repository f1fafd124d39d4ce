import { describe, expect, it } from 'vitest';
import { resolveAddressee } from '@shared/messages';
import { addresseeUsers } from '@shared/messages/recipients';
import type { Addressee } from '@shared/model/message-setting';
import { Database, emptyDatabase } from '@shared/model';
import sample from '../../resources/sample-data.json';

const { directory } = Database.parse({ ...emptyDatabase(), ...sample });
const names = (r: { name: string; email?: string; skip?: string }[]) =>
  r.map((x) => [x.name, x.email ?? null, x.skip ?? null]);

describe('resolveAddressee', () => {
  it('resolves a role to its members, each by the fallback chain', () => {
    expect(names(resolveAddressee({ type: 'role', roleId: 'role-reviewers' }, { directory }))).toEqual([
      ['Bram Jansen', 'bram.jansen@stroomlijn.example', null],
      ['Chantal Bakker', 'chantal.bakker@mail.example', null],
    ]);
  });

  it('keeps the chain it tried, and marks who has no address', () => {
    const [dirk] = resolveAddressee({ type: 'users', userIds: ['user-dirk'] }, { directory });
    expect(dirk).toMatchObject({ name: 'Dirk Visser', skip: 'noAddress', external: false });
    expect(dirk!.resolution.chain.map((s) => [s.source, s.missing])).toEqual([
      ['user', 'empty'],
      ['personWork', 'empty'],
      ['employeePrivate', 'empty'],
    ]);
  });

  it('task users are the destinations shown in the task list, each person once', () => {
    const taskDestinations = [
      { type: 'role' as const, roleId: 'role-reviewers', showInTaskList: true },
      { type: 'users' as const, userIds: ['user-bram', 'user-anna'], showInTaskList: false },
      { type: 'users' as const, userIds: ['user-bram'], showInTaskList: true },
    ];
    expect(resolveAddressee({ type: 'taskUsers' }, { directory, taskDestinations }).map((r) => r.id)).toEqual([
      'user-bram',
      'user-chantal',
    ]);
  });

  it('resolves the submitter, the task manager and users named in fields', () => {
    const ctx = {
      directory,
      submitterUserId: 'user-eva',
      taskManagerUserId: 'user-anna',
      fields: { responsible: 'user-jonas', contact: 'contact-sanne' },
    };
    expect(resolveAddressee({ type: 'submitter' }, ctx)[0]).toMatchObject({
      id: 'user-eva',
      external: true,
      email: 'eva@korenaar.example',
    });
    expect(resolveAddressee({ type: 'taskManager' }, ctx)[0]!.id).toBe('user-anna');
    expect(resolveAddressee({ type: 'userField', field: 'responsible' }, ctx)[0]!.id).toBe('user-jonas');
    expect(resolveAddressee({ type: 'contactField', field: 'contact' }, ctx)).toEqual([
      expect.objectContaining({ kind: 'contact', name: 'Sanne Kok', skip: 'noConsent', external: true }),
    ]);
    expect(resolveAddressee({ type: 'submitter' }, { directory })).toEqual([]);
  });
});

describe('addresseeUsers', () => {
  it('names the users resolveAddressee resolves, in its order, for every kind of addressee', () => {
    const contact = directory.contacts[0]!.id;
    const ctx = {
      directory,
      submitterUserId: 'user-eva',
      taskManagerUserId: 'user-anna',
      taskDestinations: [
        { type: 'role' as const, roleId: 'role-reviewers', showInTaskList: true },
        { type: 'users' as const, userIds: ['user-dirk', 'user-bram'], showInTaskList: true },
        { type: 'users' as const, userIds: ['user-jonas'], showInTaskList: false },
      ],
      fields: { verantwoordelijke: 'user-chantal', contact },
    };
    const addressees: Addressee[] = [
      { type: 'taskUsers' },
      { type: 'submitter' },
      { type: 'taskManager' },
      { type: 'role', roleId: 'role-reviewers' },
      { type: 'users', userIds: ['user-bram', 'user-eva', 'user-bram'] },
      { type: 'userField', field: 'verantwoordelijke' },
      { type: 'contactField', field: 'contact' },
    ];
    for (const addressee of addressees) {
      const users = resolveAddressee(addressee, ctx).filter((r) => r.kind === 'user');
      expect(
        addresseeUsers(addressee, ctx).map((u) => u.id),
        addressee.type,
      ).toEqual(users.map((r) => r.id));
    }
    expect(addresseeUsers({ type: 'taskUsers' }, ctx).map((u) => u.id)).toEqual([
      'user-bram',
      'user-chantal',
      'user-dirk',
    ]);
    expect(resolveAddressee({ type: 'contactField', field: 'contact' }, ctx).map((r) => r.id)).toEqual([contact]);
  });
});
