import type { DirectoryKind } from '../model/directory';
import { directoryFields } from './fields';

/** A column of a CSV file goes to a field of the entry, to its id (update that entry), or nowhere. */
export type CsvTarget = string | 'id' | null;

/**
 * Headers offices' exports use for each field (Dutch, German, English), written lower case without
 * spaces, dashes, dots or underscores. A name that two fields share (Voornaam for a contact's name
 * and a person's first name) is listed under each; the kind decides which applies.
 */
const synonyms: Record<string, string[]> = {
  id: ['id'],
  name: ['naam', 'name', 'volledigenaam', 'vollständigername', 'fullname', 'bezeichnung'],
  firstName: ['voornaam', 'vorname', 'firstname', 'givenname', 'roepnaam'],
  lastName: ['achternaam', 'nachname', 'lastname', 'surname', 'familienname', 'tussenvoegsel', 'voorvoegsel'],
  email: ['email', 'emailadres', 'emailadresse', 'mail', 'mailadres', 'emailzakelijk', 'zakelijkemail'],
  workEmail: ['email', 'emailadres', 'emailadresse', 'emailwerk', 'emailzakelijk', 'zakelijkemail', 'workemail'],
  privateEmail: ['emailprive', 'priveemail', 'privatemail', 'emailprivat', 'privateemail'],
  phone: ['telefoon', 'telefoonnummer', 'telefon', 'telefonnummer', 'phone', 'tel', 'mobiel', 'mobil'],
  organisationId: ['organisatie', 'organisation', 'organization', 'firma', 'bedrijf', 'bedrijfsnaam', 'unternehmen'],
  city: ['plaats', 'woonplaats', 'vestigingsplaats', 'stad', 'ort', 'stadt', 'city'],
  consentEmail: ['toestemming', 'toestemmingemail', 'emailtoestemming', 'einwilligung', 'einwilligungemail', 'consent'],
  consentDate: ['toestemmingsdatum', 'datumtoestemming', 'einwilligungsdatum', 'datumeinwilligung', 'consentdate'],
  personId: ['persoon', 'person'],
  employeeNumber: ['personeelsnummer', 'medewerkernummer', 'personalnummer', 'employeenumber'],
  department: ['afdeling', 'abteilung', 'department'],
  roleIds: ['rollen', 'rol', 'rolle', 'roles', 'role'],
  description: ['omschrijving', 'beschrijving', 'beschreibung', 'description'],
  external: ['extern', 'external', 'portaal'],
  admin: ['beheerder', 'administrator', 'admin'],
  language: ['taal', 'sprache', 'language'],
};

/** A header as the synonyms list it: lower case, without spaces, dashes, dots, underscores or slashes. */
export const headerKey = (header: string): string => header.toLowerCase().replace(/[\s\-._/]/g, '');

/** Field keys a CSV of this kind can fill. */
export const csvFieldKeys = (kind: DirectoryKind): string[] => directoryFields[kind].map((f) => f.key);

/**
 * The field each header most likely means, for the mapping step to start from: the field's own key
 * or a known Dutch, German or English header. For a contact or user, whose name is one field, first
 * and last name columns both go to it (they are joined, in column order).
 */
export function guessMapping(kind: DirectoryKind, headers: readonly string[]): CsvTarget[] {
  const keys = csvFieldKeys(kind);
  const joinsNames = keys.includes('name') && !keys.includes('firstName');
  const taken = new Set<string>();
  return headers.map((header) => {
    const h = headerKey(header);
    const own = ['id', ...keys].find((k) => k.toLowerCase() === h);
    const known = own ?? ['id', ...keys].find((k) => synonyms[k]?.includes(h));
    const personal = joinsNames && (synonyms.firstName!.includes(h) || synonyms.lastName!.includes(h));
    const organisation = kind === 'organisations' && synonyms.organisationId!.includes(h);
    const asName = personal || organisation ? 'name' : undefined;
    const target = known ?? asName ?? null;
    if (target === null) return null;
    if (taken.has(target) && target !== 'name' && target !== 'lastName') return null;
    taken.add(target);
    return target;
  });
}
