import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CsvPreview, ImportReport } from '@shared/api/directory-csv-contract';
import type { Directory } from '@shared/model/directory';
import { DATABASE_FILE } from '../../main/store/store';
import { openTestApp, type TestApp } from '../helpers/app';
import { useTempDirs } from '../helpers/temp-dir';
import { rejection } from '../helpers/rejection';

const tempDir = useTempDirs();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'csv', name));
const base64 = (name: string) => fixture(name).toString('base64');

/** A CSV issue with its code and values (its English message aside). */
const issue = (path: string, code: string, params: unknown) => expect.objectContaining({ path, code, params });

const directoryOf = async (app: TestApp) => (await app.dispatch('directory.get', {})) as Directory;

/** The office's own installer, saved as an administrator would: the file names it in other letters. */
async function withInstaller(dir: string) {
  const app = await openTestApp(dir);
  const org = { name: 'Installatiebedrijf Öztürk & Zn.', city: 'Deventer' };
  const { id } = (await app.dispatch('directory.save', { kind: 'organisations', entry: org })) as { id: string };
  return { app, installer: id };
}

describe('CSV import as offices export it (real service and store)', () => {
  it('reads Windows-1252 with Dutch headers: René arrives as René, WAAR and 26-11-2026 understood', async () => {
    const dir = tempDir();
    const { app, installer } = await withInstaller(dir);
    const before = readFileSync(join(dir, DATABASE_FILE), 'utf8');
    const input = { kind: 'contacts', base64: base64('contacten-windows-1252.csv') };
    const preview = (await app.dispatch('directory.previewCsv', input)) as CsvPreview;
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 4, created: 2 });
    expect(preview.headers[0]).toBe('Voornaam');
    const guessed = ['name', 'name', 'name', 'email', 'organisationId', 'consentEmail', 'consentDate', null];
    expect(preview.mapping).toEqual(guessed);
    expect(preview.first[0]!.entry).toMatchObject({
      name: 'René Müller',
      organisationId: installer,
      consentEmail: true,
      consentDate: '2026-11-26',
    });
    // Without "create", an organisation the Directory does not have refuses its row, saying so.
    expect(preview.rejected).toEqual([
      { line: 3, errors: [issue('organisationId', 'unknownOrganisation', { name: 'Nieuwe Zaak B.V.' })] },
      { line: 4, errors: [issue('consentDate', 'notDate', { value: '31-02-2026' })] },
    ]);
    expect(preview.first[3]!.entry).toMatchObject({ name: 'François Lefèvre', consentEmail: false });
    expect(preview.first[3]!.entry).not.toHaveProperty('organisationId');
    // The preview wrote nothing.
    expect(readFileSync(join(dir, DATABASE_FILE), 'utf8')).toBe(before);

    const report = (await app.dispatch('directory.importCsv', input)) as ImportReport;
    expect(report).toMatchObject({ rows: 4, created: 2, updated: 0 });
    const onDisk = JSON.parse(readFileSync(join(dir, DATABASE_FILE), 'utf8')).directory as Directory;
    expect(onDisk.contacts.find((c) => c.email === 'rene.muller@oztuerk.example')).toMatchObject({
      name: 'René Müller',
      organisationId: installer,
      consentDate: '2026-11-26',
    });
    expect(onDisk.contacts.some((c) => c.name.includes('\uFFFD'))).toBe(false);
    await app.close();
  });

  it('creates an organisation named in a row when asked to, once, and only for rows it imports', async () => {
    const { app } = await withInstaller(tempDir());
    const orgsBefore = (await directoryOf(app)).organisations.length;
    const report = (await app.dispatch('directory.importCsv', {
      kind: 'contacts',
      base64: base64('contacten-windows-1252.csv'),
      unknownOrganisations: 'create',
    })) as ImportReport;
    expect(report).toMatchObject({ rows: 4, created: 3, organisationsCreated: 1 });
    expect(report.rejected.map((r) => r.line)).toEqual([4]);
    const directory = await directoryOf(app);
    expect(directory.organisations).toHaveLength(orgsBefore + 1);
    const made = directory.organisations.find((o) => o.name === 'Nieuwe Zaak B.V.')!;
    const anouk = directory.contacts.find((c) => c.name === 'Anouk van Dijk');
    expect(anouk).toMatchObject({ organisationId: made.id, consentEmail: false });
    await app.close();
  });

  it('reads UTF-8 with a byte order mark and German headers, and takes the mapping the dialog sends', async () => {
    const app = await openTestApp(tempDir());
    const input = { kind: 'persons', base64: base64('personen-utf-8-bom.csv'), unknownOrganisations: 'create' };
    const preview = (await app.dispatch('directory.previewCsv', input)) as CsvPreview;
    const headers = ['Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Firma'];
    expect(preview).toMatchObject({ encoding: 'utf-8-bom', headers });
    expect(preview.mapping).toEqual(['firstName', 'lastName', 'workEmail', 'phone', 'organisationId']);
    const juergen = { firstName: 'Jürgen', lastName: 'Weiß', phone: '+49 221 555 0101' };
    expect(preview.first[0]!.entry).toMatchObject(juergen);
    const refused = preview.rejected.map((r) => [r.line, r.errors.map((e) => e.path)]);
    expect(refused).toEqual([[4, ['lastName', 'workEmail']]]);
    // The person chose to leave the phone numbers out.
    const mapping = ['firstName', 'lastName', 'workEmail', null, 'organisationId'];
    const report = (await app.dispatch('directory.importCsv', { ...input, mapping })) as ImportReport;
    expect(report).toMatchObject({ created: 2, organisationsCreated: 1 });
    const { persons, organisations } = await directoryOf(app);
    const aenne = persons.find((p) => p.firstName === 'Änne')!;
    expect(aenne).not.toHaveProperty('phone');
    expect(organisations.find((o) => o.id === aenne.organisationId)?.name).toBe('Schröder & Söhne KG');
    expect(persons.find((p) => p.firstName === 'Jürgen')?.organisationId).toBe('org-werkstatt');
    await app.close();
  });

  it('understands yes and no in Dutch, German and English, tabs and commas between cells', async () => {
    const app = await openTestApp(tempDir());
    const yesNo = ['WAAR', 'ONWAAR', 'JA', 'NEE', 'WAHR', 'FALSCH', 'ja', 'nein', 'true', 'false', '1', '0'];
    const lines = yesNo.map((v, i) => `Klant ${i}\tk${i}@x.example\t${v}`);
    const tabbed = ['Naam\tE-mail\tToestemming', ...lines].join('\n');
    const report = (await app.dispatch('directory.importCsv', { kind: 'contacts', csv: tabbed })) as ImportReport;
    expect(report).toMatchObject({ rows: 12, created: 12, rejected: [] });
    const imported = (await directoryOf(app)).contacts.filter((c) => c.name.startsWith('Klant '));
    const consent = imported.map((c) => c.consentEmail);
    expect(consent).toEqual(yesNo.map((_, i) => i % 2 === 0));
    const commas = 'Name,E-Mail,Einwilligung,Einwilligungsdatum\n"Weber, Jonas",jonas@weber.example,WAHR,26.11.2026';
    await app.dispatch('directory.importCsv', { kind: 'contacts', csv: commas });
    expect((await directoryOf(app)).contacts.find((c) => c.email === 'jonas@weber.example')).toMatchObject({
      name: 'Weber, Jonas',
      consentEmail: true,
      consentDate: '2026-11-26',
    });
    await app.close();
  });

  it('refuses a file it cannot read, or a mapping that does not fit, saying why, writing nothing', async () => {
    const dir = tempDir();
    const app = await openTestApp(dir);
    const before = readFileSync(join(dir, DATABASE_FILE), 'utf8');
    const workbook = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).toString('base64');
    const notCsv = await rejection(app.dispatch('directory.importCsv', { kind: 'contacts', base64: workbook }));
    expect(notCsv.code).toBe('invalid_input');
    expect(notCsv.issues).toEqual([issue('file', 'notText', { format: 'xlsx' })]);
    const binary = Buffer.from('Naam;E-mail\r\nA\u0000B;a@b.example').toString('base64');
    // The preview says so beside the file's name, in the user's words.
    const control = (await app.dispatch('directory.previewCsv', { kind: 'contacts', base64: binary })) as CsvPreview;
    expect(control.problems).toEqual([issue('file', 'notText', {})]);
    const csv = 'Naam;E-mail\nEen;een@x.example';
    const mapped = (mapping: (string | null)[]) =>
      rejection(app.dispatch('directory.importCsv', { kind: 'contacts', csv, mapping }));
    const forged = await mapped(['name', 'password']);
    const password = expect.objectContaining({ target: 'password' });
    expect(forged.issues).toEqual([issue('mapping[1]', 'unknownTarget', password)]);
    const short = await mapped(['name']);
    expect(short.issues[0]).toMatchObject({ code: 'mappingLength' });
    const noName = await mapped([null, 'email']);
    expect(noName.issues[0]).toMatchObject({ code: 'missingColumn', params: { field: 'name' } });
    const twice = await mapped(['email', 'email']);
    expect(twice.issues.map((i) => (i as { code?: string }).code)).toContain('mappedTwice');
    expect(readFileSync(join(dir, DATABASE_FILE), 'utf8')).toBe(before);
    await app.close();
  });
});
