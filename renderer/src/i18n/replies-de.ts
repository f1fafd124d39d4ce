import type { RepliesMessages } from './replies-en';

export const repliesDe: RepliesMessages = {
  title: 'Antworten auf Aufgabenmails',
  intro:
    'Kollegen können handeln, indem sie auf eine Aufgabenmail antworten: Eine Antwort, die mit dem Wort einer Aktion beginnt (JA oder GENEHMIGT, ABGELEHNT, oder der Name der Aktion), führt diese Aktion aus; der Rest der Antwort wird die Reaktion. Stroomlijn liest die Antworten jede Minute aus diesem Postfach.',
  use: 'Antworten aus einem Postfach lesen (IMAP)',
  address: 'Antwortadresse',
  host: 'IMAP-Server',
  port: 'Port',
  user: 'Benutzername',
  password: 'Passwort',
  passwordKept: 'gespeichert (zum Ändern eingeben)',
  folder: 'Ordner',
  secure: 'Verschlüsselte Verbindung (TLS)',
  test: 'Verbindung testen',
  testOk_one: 'Verbunden: Der Ordner enthält {{count}} Nachricht.',
  testOk_other: 'Verbunden: Der Ordner enthält {{count}} Nachrichten.',
  readNow: 'Jetzt lesen',
  readOk_one: '{{count}} neue Antwort gelesen.',
  readOk_other: '{{count}} neue Antworten gelesen.',
  how: 'Aufgabenmails erhalten dann eine eigene Antwortadresse (workflow+…@) in diesem Postfach; der Mailserver muss diese dorthin zustellen (die meisten tun das). Eine Antwort, die nicht handeln kann, erhält eine höfliche Antwort und steht unter Arbeit → Nicht verstanden.',
  save: 'Speichern',
  saved: 'Gespeichert.',
};
