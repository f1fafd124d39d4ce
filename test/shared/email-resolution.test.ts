import { describe, expect, it } from 'vitest';
import { resolveUserEmail } from '@shared/directory';
import { Database, emptyDatabase } from '@shared/model';
import sample from '../../resources/sample-data.json';

const { directory } = Database.parse({ ...emptyDatabase(), ...sample });
const user = (id: string) => directory.users.find((u) => u.id === id)!;

describe('e-mail fallback chain (DESIGN §4.2), on the sample directory', () => {
  it("uses the user's own address first", () => {
    expect(resolveUserEmail(directory, user('user-anna'))).toEqual({
      address: 'a.devries@stroomlijn.example',
      source: 'user',
      chain: [{ source: 'user', address: 'a.devries@stroomlijn.example' }],
    });
  });

  it('falls back to the work e-mail of the linked person', () => {
    const r = resolveUserEmail(directory, user('user-bram'));
    expect(r).toMatchObject({ address: 'bram.jansen@stroomlijn.example', source: 'personWork' });
    expect(r.chain.map((s) => s.source)).toEqual(['user', 'personWork']);
  });

  it("then to the private e-mail of the person's employee record", () => {
    const r = resolveUserEmail(directory, user('user-chantal'));
    expect(r).toMatchObject({ address: 'chantal.bakker@mail.example', source: 'employeePrivate' });
    expect(r.chain).toEqual([
      { source: 'user', missing: 'empty' },
      { source: 'personWork', missing: 'empty' },
      { source: 'employeePrivate', address: 'chantal.bakker@mail.example' },
    ]);
  });

  it('gives no address, with every step tried, when the chain runs out', () => {
    expect(resolveUserEmail(directory, user('user-dirk'))).toEqual({
      chain: [
        { source: 'user', missing: 'empty' },
        { source: 'personWork', missing: 'empty' },
        { source: 'employeePrivate', missing: 'empty' },
      ],
    });
    expect(resolveUserEmail(directory, user('user-service')).chain).toEqual([
      { source: 'user', missing: 'empty' },
      { source: 'personWork', missing: 'noPerson' },
      { source: 'employeePrivate', missing: 'noPerson' },
    ]);
  });
});
