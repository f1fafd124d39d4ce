import type { Messages } from './en';

/** Die Gründe des Servers (shared/api/reasons.ts) auf Deutsch. */
export const serverErrorsDe: Messages['serverErrors'] = {
  notFound: 'Es gibt kein(e) {{thing}} mit der ID "{{id}}".',
  noVersion: '„{{name}}“ hat keine Version {{number}}.',
  templateInUse: '„{{name}}“ wird noch verwendet von {{users}}.',
  entryInUse: '"{{name}}" wird noch verwendet von {{users}}. Ändern Sie diese zuerst.',
  lastAdminInDirectory:
    'Dann könnte sich kein Administrator mehr anmelden: Machen Sie zuerst einen anderen Benutzer mit Anmeldung zum ' +
    'Administrator.',
  lastAdminSignIn:
    'Dies ist der letzte Administrator, der sich anmelden kann: Geben Sie zuerst einem anderen Administrator ein ' +
    'Passwort.',
  noSender: 'Es gibt noch keine Absenderadresse: Fügen Sie unter Einstellungen → E-Mail eine hinzu.',
  noRouteForType:
    'Der Vorgangstyp „{{name}}“ hat keinen veröffentlichten Workflow für neue Vorgänge: Ein Administrator wählt ihn unter Vorgangstypen.',
  workflowSwitchedOff:
    'Der Workflow „{{workflow}}“ ist ausgeschaltet: Neue Vorgänge vom Typ „{{name}}“ können erst eingereicht werden, wenn ein Administrator ihn einschaltet oder den Typ an einen anderen Workflow leitet.',
  workflowSwitchedOffWhy:
    'Der Workflow „{{workflow}}“ ({{why}}) ist ausgeschaltet: Neue Vorgänge vom Typ „{{name}}“ können erst eingereicht werden, wenn ein Administrator ihn einschaltet oder den Typ an einen anderen Workflow leitet.',
  itemTypeInUse:
    'Der Vorgangstyp „{{name}}“ wird noch verwendet von {{uses}}; er bleibt bestehen.',
  itemTypeNotSaved:
    'Der Vorgangstyp „{{name}}“ kann nicht gespeichert werden',
  noPublishedWorkflow: 'Der Typ „{{name}}“ hat keinen veröffentlichten Workflow.',
  versionGone: 'Version {{version}} des Workflows dieses Vorgangs gibt es nicht mehr.',
  notPublishable: '„{{name}}“ kann nicht veröffentlicht werden, solange Fehler bestehen.',
  accountsExist: 'Stroomlijn hat bereits Konten: Melden Sie sich an oder fragen Sie einen Administrator.',
  smtpLogin:
    'Keine Verbindung zu {{host}}:{{port}}: Der Server hat Benutzername oder Passwort abgelehnt ({{detail}}).',
  smtpUnreachable: 'Keine Verbindung zu {{host}}:{{port}}: Der Server ist nicht erreichbar ({{detail}}).',
  smtpUnexpected: 'Keine Verbindung zu {{host}}:{{port}}: Der Server antwortete nicht wie erwartet ({{detail}}).',
  sendRefused: 'Der SMTP-Server hat diese Nachricht abgelehnt: {{detail}}',
  sendLogin: 'Die Anmeldung beim SMTP-Server ist fehlgeschlagen: {{detail}}',
  sendNotYet: 'Noch nicht gesendet; es wird erneut versucht: {{detail}}',
  confidential: 'Dieser Vorgang ist vertraulich.',
  notYourTask: 'Diese Aufgabe ist nicht Ihre: Nur ihre Benutzer und der Aufgabenmanager können sie bearbeiten.',
  onlyTaskManager: 'Nur der Aufgabenmanager dieses Workflows kann eingreifen.',
  onlyTaskUsersEdit:
    'Nur ein Benutzer einer aktiven Aufgabe dieses Vorgangs oder sein Aufgabenmanager kann die Felder ändern.',
  submitAsYourself: 'Sie reichen Vorgänge als Sie selbst ein.',
  signInFirst: 'Melden Sie sich zuerst an.',
  wrongLogin: 'Falscher Anmeldename oder falsches Passwort.',
  choosePasswordFirst: 'Wählen Sie zuerst Ihr eigenes Passwort.',
  notAllowed: 'Dafür haben Sie keine Rechte.',
  notActive: 'Diese Aktion steht für diesen Vorgang nicht (mehr) offen.',
  reactionRequired: '„{{name}}“ verlangt eine Reaktion.',
  notRunning: 'Dieser Vorgang läuft nicht mehr.',
  csvNotImported: 'Diese CSV-Datei kann nicht importiert werden',
  notSubmitted: 'Ein Vorgang vom Typ „{{name}}“ kann nicht eingereicht werden',
  fieldsNotChanged: 'Die Felder von {{number}} können nicht geändert werden',
  entryNotSaved: 'Dieser Eintrag kann nicht gespeichert werden',
  recordNotSaved: 'Dieser Datensatz ist nicht gültig',
  mailingNotSent: 'Dieses Mailing kann nicht versendet werden',
  internal: 'In Stroomlijn ist etwas schiefgegangen; die Einzelheiten stehen im Protokoll der App.',
  invalidInput: 'Nicht alles stimmt',
  issues: {
    doesNotExist: '{{thing}} "{{id}}" gibt es nicht',
    refersToMissing: 'verweist auf {{thing}} "{{id}}", das es nicht gibt',
    notMergeField: '{{field}} ist kein Feld eines Mailings',
    notUploaded: '"{{name}}" ist keine hochgeladene Datei',
    templateOrText: 'wählen Sie eine Vorlage oder geben Sie einen eigenen Text ein, eines von beiden',
    fieldKeyTaken: 'ist bereits der Schlüssel eines anderen Felds',
    choiceWithoutOptions: 'ein Auswahlfeld braucht mindestens einen Wert',
    optionTwice: 'enthält einen Wert zweimal',
    notOfThisType: '„{{name}}“ ist kein Workflow dieses Typs',
    notPublished: '„{{name}}“ ist nicht veröffentlicht',
    notAChoiceField: 'ist kein Auswahlfeld dieses Typs',
    notAValueOfField: 'ist kein Wert des Felds',
    routedAlready: 'hat bereits eine Route',
    kindHeldByItems: 'kann die Art nicht ändern: diese Vorgänge haben einen Wert: {{items}}',
  },
  things: {
    item: 'Vorgang',
    itemType: 'Vorgangstyp',
    workflow: 'Workflow',
    workflowVersion: 'Workflow-Version',
    template: 'Vorlage',
    record: 'Datensatz',
    user: 'Benutzer',
    mailing: 'Mailing',
    message: 'Nachricht',
    apiToken: 'API-Token',
    users: 'Benutzer',
    persons: 'Person',
    employees: 'Mitarbeiter',
    organisations: 'Organisation',
    contacts: 'Kontakt',
    roles: 'Rolle',
  },
};
