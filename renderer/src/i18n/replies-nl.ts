import type { RepliesMessages } from './replies-en';

export const repliesNl: RepliesMessages = {
  title: 'Antwoorden op taakberichten',
  intro:
    'Collega’s kunnen handelen door een taakbericht te beantwoorden: een antwoord dat begint met het woord van een actie (JA of AKKOORD, NEE, of de naam van de actie) voert die actie uit, met de rest van het antwoord als reactie. Stroomlijn leest de antwoorden elke minuut uit deze postbus.',
  use: 'Antwoorden lezen uit een postbus (IMAP)',
  address: 'Antwoordadres',
  host: 'IMAP-server',
  port: 'Poort',
  user: 'Gebruikersnaam',
  password: 'Wachtwoord',
  passwordKept: 'bewaard (typ om te wijzigen)',
  folder: 'Map',
  secure: 'Versleutelde verbinding (TLS)',
  test: 'Verbinding testen',
  testOk_one: 'Verbonden: de map bevat {{count}} bericht.',
  testOk_other: 'Verbonden: de map bevat {{count}} berichten.',
  readNow: 'Nu lezen',
  readOk_one: '{{count}} nieuw antwoord gelezen.',
  readOk_other: '{{count}} nieuwe antwoorden gelezen.',
  how: 'Taakberichten krijgen dan een eigen antwoordadres (workflow+…@) in deze postbus; de mailserver moet die daar afleveren (de meeste doen dat). Een antwoord dat niet kan handelen krijgt een beleefd antwoord en staat onder Werk → Niet begrepen.',
  save: 'Opslaan',
  saved: 'Opgeslagen.',
};
