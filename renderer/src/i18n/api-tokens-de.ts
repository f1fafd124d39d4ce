import type { apiTokensEn } from './api-tokens-en';

export const apiTokensDe: typeof apiTokensEn = {
  title: 'API',
  intro:
    'Andere Anwendungen nutzen die API v1 auf diesem Computer mit einem Token. Ein Token wird nur einmal angezeigt, wenn Sie es erstellen; Stroomlijn speichert nur einen Fingerabdruck davon.',
  baseUrl: 'Adresse',
  docs: 'Beschreibung (OpenAPI)',
  notRunning: 'Die API läuft in dieser Sitzung nicht.',
  name: 'Name',
  prefix: 'Beginnt mit',
  created: 'Erstellt',
  lastUsed: 'Zuletzt verwendet',
  never: 'nie',
  none: 'Noch keine Tokens.',
  newName: 'Neues Token für',
  namePlaceholder: 'z. B. Buchhaltungsprogramm',
  create: 'Token erstellen',
  createdOnce: 'Token „{{name}}“ wurde erstellt. Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.',
  copy: 'Kopieren',
  copied: 'Kopiert',
  done: 'Ich habe es kopiert',
  revoke: 'Widerrufen',
  revokeNamed: 'Token {{name}} widerrufen',
  revokeTitle: 'Token „{{name}}“ widerrufen?',
  revokeBody:
    'Anwendungen, die dieses Token verwenden, erreichen Stroomlijn dann nicht mehr. Das lässt sich nicht rückgängig machen; Sie können aber ein neues Token erstellen.',
  kind: 'Was es darf',
  kindOwner: 'Als Benutzer handeln: genau das, was dieser Benutzer darf',
  kindIntegration: 'Eine Anwendung mit den unten angekreuzten Rechten',
  owner: 'Benutzer',
  chooseOwner: 'Benutzer wählen',
  rights: 'Darf',
  actsAs: 'handelt als {{name}}',
  scopes: {
    itemsSubmit: 'Vorgänge einreichen',
    itemsRead: 'Vorgänge lesen',
    itemsAct: 'Aufgaben erledigen',
    recordsRead: 'Datensätze lesen',
    recordsWrite: 'Datensätze schreiben',
    directoryRead: 'Namen im Adressbuch lesen',
    actAs: 'im Namen jedes Benutzers handeln (X-Act-As)',
    admin: 'alles (Administrator)',
  },
  actAsHint:
    'Eine Anwendung mit diesem Recht darf jeden Benutzer nennen und als dieser handeln: Geben Sie es nur einer Anwendung, der Sie so vertrauen wie Ihren Mitarbeitern.',
  migrated_one:
    'API-Tokens haben jetzt einen Eigentümer oder Rechte. Das früher erstellte Token {{names}} wurde zu einer Anwendung, die alles darf (Administrator). Prüfen Sie, ob das nötig ist: Wenn nicht, erstellen Sie ein Token mit weniger Rechten und widerrufen Sie dieses.',
  migrated_other:
    'API-Tokens haben jetzt einen Eigentümer oder Rechte. Die früher erstellten Tokens {{names}} wurden zu Anwendungen, die alles dürfen (Administrator). Prüfen Sie, ob das nötig ist: Wenn nicht, erstellen Sie Tokens mit weniger Rechten und widerrufen Sie diese.',
  migratedRead: 'Verstanden',
};
