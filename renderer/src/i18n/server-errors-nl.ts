import type { Messages } from './en';

/** De redenen van de server (shared/api/reasons.ts) in het Nederlands. */
export const serverErrorsNl: Messages['serverErrors'] = {
  notFound: 'Er is geen {{thing}} met id "{{id}}".',
  noVersion: '“{{name}}” heeft geen versie {{number}}.',
  templateInUse: '“{{name}}” wordt nog gebruikt door {{users}}.',
  entryInUse: '"{{name}}" wordt nog gebruikt door {{users}}. Pas die eerst aan.',
  lastAdminInDirectory:
    'Dan kan geen beheerder meer inloggen: maak eerst een andere gebruiker met een inlog beheerder.',
  lastAdminSignIn: 'Dit is de laatste beheerder die kan inloggen: geef eerst een andere beheerder een wachtwoord.',
  noSender: 'Er is nog geen afzenderadres: voeg er een toe onder Instellingen → Mail.',
  noRouteForType:
    'Type “{{name}}” heeft geen gepubliceerde workflow voor nieuwe dossieritems: een beheerder kiest er een onder Typen dossieritems.',
  workflowSwitchedOff:
    'Workflow “{{workflow}}” staat uit: nieuwe dossieritems van type “{{name}}” kunnen pas worden ingestuurd als een beheerder hem aanzet of het type naar een andere workflow leidt.',
  workflowSwitchedOffWhy:
    'Workflow “{{workflow}}” ({{why}}) staat uit: nieuwe dossieritems van type “{{name}}” kunnen pas worden ingestuurd als een beheerder hem aanzet of het type naar een andere workflow leidt.',
  itemTypeInUse:
    'Type “{{name}}” wordt nog gebruikt door {{uses}}; het blijft bestaan.',
  itemTypeNotSaved:
    'Type “{{name}}” kan niet worden opgeslagen',
  noPublishedWorkflow: 'Type “{{name}}” heeft geen gepubliceerde workflow.',
  versionGone: 'Versie {{version}} van de workflow van dit dossieritem bestaat niet meer.',
  notPublishable: '“{{name}}” kan niet worden gepubliceerd zolang er fouten zijn.',
  accountsExist: 'Stroomlijn heeft al accounts: log in, of vraag het een beheerder.',
  smtpLogin: 'Geen verbinding met {{host}}:{{port}}: de server weigerde de gebruikersnaam of het wachtwoord ({{detail}}).',
  smtpUnreachable: 'Geen verbinding met {{host}}:{{port}}: de server is niet bereikbaar ({{detail}}).',
  smtpUnexpected: 'Geen verbinding met {{host}}:{{port}}: de server antwoordde niet zoals verwacht ({{detail}}).',
  sendRefused: 'De SMTP-server weigerde dit bericht: {{detail}}',
  sendLogin: 'Inloggen bij de SMTP-server mislukte: {{detail}}',
  sendNotYet: 'Nog niet verstuurd; het wordt opnieuw geprobeerd: {{detail}}',
  confidential: 'Dit dossieritem is vertrouwelijk.',
  notYourTask: 'Deze taak is niet van jou: alleen de gebruikers van de taak en de taakmanager kunnen erop reageren.',
  onlyTaskManager: 'Alleen de taakmanager van deze workflow kan ingrijpen.',
  onlyTaskUsersEdit:
    'Alleen een gebruiker van een actieve taak van dit dossieritem, of de taakmanager, kan de velden wijzigen.',
  submitAsYourself: 'Je stuurt dossieritems in als jezelf.',
  signInFirst: 'Log eerst in.',
  wrongLogin: 'Onjuiste inlognaam of wachtwoord.',
  choosePasswordFirst: 'Kies eerst je eigen wachtwoord.',
  notAllowed: 'Hiervoor heb je geen rechten.',
  notActive: 'Die actie staat (niet meer) open voor dit dossieritem.',
  reactionRequired: '“{{name}}” vraagt om een reactie.',
  notRunning: 'Dit dossieritem loopt niet meer.',
  csvNotImported: 'Dit CSV-bestand kan niet worden geïmporteerd',
  notSubmitted: 'Een dossieritem van type “{{name}}” kan niet worden ingestuurd',
  fieldsNotChanged: 'De velden van {{number}} kunnen niet worden gewijzigd',
  entryNotSaved: 'Dit gegeven kan niet worden opgeslagen',
  recordNotSaved: 'Dit record is niet geldig',
  internal: 'Er ging iets mis in Stroomlijn; de details staan in het logboek van de app.',
  invalidInput: 'Niet alles klopt',
  issues: {
    doesNotExist: '{{thing}} "{{id}}" bestaat niet',
    refersToMissing: 'verwijst naar {{thing}} "{{id}}", die niet bestaat',
  },
  things: {
    item: 'dossieritem',
    itemType: 'type dossieritem',
    workflow: 'workflow',
    template: 'sjabloon',
    record: 'record',
    user: 'gebruiker',
    mailing: 'mailing',
    message: 'bericht',
    apiToken: 'API-sleutel',
    users: 'gebruiker',
    persons: 'persoon',
    employees: 'medewerker',
    organisations: 'organisatie',
    contacts: 'contactpersoon',
    roles: 'rol',
  },
};
