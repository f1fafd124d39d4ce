import type { Language } from '../model/common';

/** The words of the page a task-mail link opens (server-rendered: the app's translations are not loaded there). */
export interface LinkPageTexts {
  title: string;
  item: string;
  task: string;
  action: string;
  reaction: string;
  reactionRequired: string;
  reactionOptional: string;
  confirm: (action: string) => string;
  notYetDone: string;
  done: (action: string) => string;
  doneDetail: string;
  invalid: string;
  invalidDetail: string;
  expired: string;
  expiredDetail: string;
  used: string;
  usedDetail: string;
  movedOn: string;
  movedOnDetail: string;
  notYours: string;
  notYoursDetail: string;
  needsApp: string;
  openApp: string;
}

export const LINK_PAGE_TEXTS: Record<Language, LinkPageTexts> = {
  nl: {
    title: 'Stroomlijn',
    item: 'Dossieritem',
    task: 'Taak',
    action: 'Actie',
    reaction: 'Reactie',
    reactionRequired: 'Deze taak vraagt een reactie.',
    reactionOptional: 'Een reactie is niet verplicht.',
    confirm: (action) => `${action} bevestigen`,
    notYetDone: 'Er is nog niets gebeurd: de actie wordt pas uitgevoerd als je bevestigt.',
    done: (action) => `Gelukt: ${action}`,
    doneDetail: 'De actie is uitgevoerd en staat in de historie van het dossieritem. Je kunt dit venster sluiten.',
    invalid: 'Deze link klopt niet',
    invalidDetail: 'De link is onvolledig of gewijzigd. Open de taak in Stroomlijn.',
    expired: 'Deze link is verlopen',
    expiredDetail: 'Links in een taakbericht werken een beperkte tijd. Open de taak in Stroomlijn.',
    used: 'Deze link is al gebruikt',
    usedDetail: 'Met deze link is de actie al uitgevoerd; er gebeurt niets meer.',
    movedOn: 'Deze taak is al verder',
    movedOnDetail:
      'Het dossieritem staat niet meer bij deze taak (iemand anders heeft gehandeld, of de taak is verplaatst of afgebroken). Er is niets gewijzigd.',
    notYours: 'Deze taak is niet meer voor jou',
    notYoursDetail: 'De taakmanager heeft de taak aan iemand anders gegeven. Er is niets gewijzigd.',
    needsApp: 'Voor deze actie moeten eerst velden worden ingevuld. Open de taak in Stroomlijn.',
    openApp: 'Stroomlijn openen',
  },
  en: {
    title: 'Stroomlijn',
    item: 'Item',
    task: 'Task',
    action: 'Action',
    reaction: 'Reaction',
    reactionRequired: 'This task asks for a reaction.',
    reactionOptional: 'A reaction is optional.',
    confirm: (action) => `Confirm ${action}`,
    notYetDone: 'Nothing has happened yet: the action is taken only when you confirm.',
    done: (action) => `Done: ${action}`,
    doneDetail: "The action was taken and is in the item's history. You can close this window.",
    invalid: 'This link is not valid',
    invalidDetail: 'The link is incomplete or was changed. Open the task in Stroomlijn.',
    expired: 'This link has expired',
    expiredDetail: 'Links in a task mail work for a limited time. Open the task in Stroomlijn.',
    used: 'This link has been used',
    usedDetail: 'The action was already taken with this link; nothing more happens.',
    movedOn: 'This task has moved on',
    movedOnDetail:
      'The item is no longer at this task (someone else acted, or it was moved or cancelled). Nothing was changed.',
    notYours: 'This task is no longer yours',
    notYoursDetail: 'The task manager gave the task to someone else. Nothing was changed.',
    needsApp: 'This action needs fields filled in first. Open the task in Stroomlijn.',
    openApp: 'Open Stroomlijn',
  },
  de: {
    title: 'Stroomlijn',
    item: 'Vorgang',
    task: 'Aufgabe',
    action: 'Aktion',
    reaction: 'Reaktion',
    reactionRequired: 'Diese Aufgabe verlangt eine Reaktion.',
    reactionOptional: 'Eine Reaktion ist freiwillig.',
    confirm: (action) => `${action} bestätigen`,
    notYetDone: 'Noch ist nichts geschehen: Die Aktion wird erst ausgeführt, wenn Sie bestätigen.',
    done: (action) => `Erledigt: ${action}`,
    doneDetail: 'Die Aktion wurde ausgeführt und steht im Verlauf des Vorgangs. Sie können dieses Fenster schließen.',
    invalid: 'Dieser Link ist ungültig',
    invalidDetail: 'Der Link ist unvollständig oder wurde verändert. Öffnen Sie die Aufgabe in Stroomlijn.',
    expired: 'Dieser Link ist abgelaufen',
    expiredDetail: 'Links in einer Aufgabenmail gelten nur eine begrenzte Zeit. Öffnen Sie die Aufgabe in Stroomlijn.',
    used: 'Dieser Link wurde bereits verwendet',
    usedDetail: 'Mit diesem Link wurde die Aktion bereits ausgeführt; es geschieht nichts mehr.',
    movedOn: 'Diese Aufgabe ist bereits weiter',
    movedOnDetail:
      'Der Vorgang steht nicht mehr bei dieser Aufgabe (jemand anderes hat gehandelt, oder sie wurde verschoben oder abgebrochen). Es wurde nichts geändert.',
    notYours: 'Diese Aufgabe ist nicht mehr Ihre',
    notYoursDetail: 'Der Workflow-Manager hat die Aufgabe jemand anderem gegeben. Es wurde nichts geändert.',
    needsApp: 'Für diese Aktion müssen zuerst Felder ausgefüllt werden. Öffnen Sie die Aufgabe in Stroomlijn.',
    openApp: 'Stroomlijn öffnen',
  },
};
