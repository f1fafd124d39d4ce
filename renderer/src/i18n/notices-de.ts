import type { noticesEn } from './notices-en';

export const noticesDe: Record<keyof typeof noticesEn, string> = {
  causeMissing: '{{file}} fehlte.',
  causeNotJson: '{{file}} konnte nicht gelesen werden: die Datei ist beschädigt.',
  causeNotValid: '{{file}} konnte nicht gelesen werden: der Inhalt entspricht nicht dem, was Stroomlijn erwartet.',
  causeGap: '{{file}} konnte nicht gelesen werden: ein Teil davon fehlt.',
  causeShort: '{{file}} wurde abgeschnitten: die Datei endet früher als ihre zweite Kopie.',
  lineNotJson: '{{file}} konnte ab Zeile {{line}} nicht gelesen werden: diese Zeile ist beschädigt.',
  lineNotValid: '{{file}} konnte ab Zeile {{line}} nicht gelesen werden: diese Zeile entspricht nicht dem Erwarteten.',
  lineGap: '{{file}} konnte ab Zeile {{line}} nicht gelesen werden: die Änderungen vor dieser Zeile fehlen.',
  restoredFromBackup: 'Die Sicherung wurde wiederhergestellt; es fehlt nichts.',
  restoredOlderBackup:
    'Die Sicherung vom {{since}} wurde wiederhergestellt; was danach gespeichert wurde, kann fehlen.',
  restoredPartly:
    'Die Sicherung wurde mit allem wiederhergestellt, was bis {{since}} gespeichert wurde; das Protokoll war ab ' +
    'Zeile {{line}} nicht lesbar, daher fehlt, was danach gespeichert wurde.',
  restoredFromLogs:
    'Auch die Sicherung war nicht lesbar; alles wurde aus den Protokollen wiederhergestellt, die bis zur ersten ' +
    'Änderung zurückreichen: es fehlt nichts.',
  restoredFromLogsPartly:
    'Auch die Sicherung war nicht lesbar; aus den Protokollen wurde alles wiederhergestellt, was bis {{since}} ' +
    'gespeichert wurde; ab Zeile {{line}} waren sie nicht lesbar, daher fehlt, was danach gespeichert wurde.',
  startedEmpty: 'Es gab keine brauchbare Sicherung: Stroomlijn wurde ohne diese Daten gestartet.',
  journalCut: 'Alles bis {{since}} wurde wiederhergestellt; was danach gespeichert wurde, nicht.',
  journalCutAll: 'Nichts davon konnte wiederhergestellt werden.',
  journalMissing:
    'Was zwischen {{since}} und dem letzten Beenden von Stroomlijn gespeichert wurde, kann verloren sein.',
  journalCopyRestored:
    'Sie wurde aus ihrer zweiten Kopie, {{readFrom}}, gelesen und daraus neu erstellt: es fehlt nichts.',
  copyUnreadableToo: 'Die zweite Kopie, {{copyFile}}, war an dieser Stelle ebenfalls nicht lesbar.',
  copyMissingToo: 'Die zweite Kopie, {{copyFile}}, fehlte ebenfalls.',
  mayMiss: 'Änderungen an diesen können fehlen: {{names}}.',
  mayMissMore_one: 'Änderungen an diesen können fehlen: {{names}}, und an {{count}} weiteren.',
  mayMissMore_other: 'Änderungen an diesen können fehlen: {{names}}, und an {{count}} weiteren.',
  mayMissCount_one: 'Änderungen an {{count}} Vorgang oder Datensatz können fehlen; sein Name war nicht lesbar.',
  mayMissCount_other:
    'Änderungen an {{count}} Vorgängen oder Datensätzen können fehlen; ihre Namen waren nicht lesbar.',
  archiveUnreadable_one: '{{file}}: Zeile {{lines}} konnte nicht gelesen werden und fehlt in Listen und Suchen.',
  archiveUnreadable_other:
    '{{file}}: die Zeilen {{lines}} konnten nicht gelesen werden und fehlen in Listen und Suchen.',
  archiveShort:
    '{{file}} ist kürzer als beim letzten Beenden von Stroomlijn ({{bytes}} von {{expectedBytes}} Bytes): ' +
    'was an seinem Ende archiviert war, ist verloren.',
  archiveShortEndIntact:
    '{{file}} ist kürzer als beim letzten Beenden von Stroomlijn ({{bytes}} von {{expectedBytes}} Bytes), ' +
    'aber ihr Ende ist intakt: ein Teil dessen, was dazwischen archiviert war, ist verloren.',
  archiveMissing: '{{file}} fehlt: der darin archivierte Verlauf ({{expectedBytes}} Bytes) ist verloren.',
  keptAs: 'Die beschädigte Datei wurde als {{keptAs}} aufbewahrt.',
  logKeptAs: 'Das Protokoll, das nicht angewendet werden konnte, wurde als {{logKeptAs}} aufbewahrt.',
};
