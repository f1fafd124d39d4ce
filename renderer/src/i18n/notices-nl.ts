import type { noticesEn } from './notices-en';

export const noticesNl: Record<keyof typeof noticesEn, string> = {
  causeMissing: '{{file}} ontbrak.',
  causeNotJson: '{{file}} kon niet worden gelezen: het bestand is beschadigd.',
  causeNotValid: '{{file}} kon niet worden gelezen: de inhoud is niet wat Stroomlijn verwacht.',
  causeGap: '{{file}} kon niet worden gelezen: er ontbreekt een stuk.',
  causeShort: '{{file}} is afgekapt: het houdt eerder op dan de tweede kopie.',
  lineNotJson: '{{file}} kon vanaf regel {{line}} niet worden gelezen: die regel is beschadigd.',
  lineNotValid: '{{file}} kon vanaf regel {{line}} niet worden gelezen: die regel is niet wat Stroomlijn verwacht.',
  lineGap: '{{file}} kon vanaf regel {{line}} niet worden gelezen: de wijzigingen vóór die regel ontbreken.',
  restoredFromBackup: 'De back-up is teruggezet; er ontbreekt niets.',
  restoredOlderBackup: 'De back-up van {{since}} is teruggezet; wat daarna is opgeslagen, kan ontbreken.',
  restoredPartly:
    'De back-up is teruggezet met alles wat tot {{since}} is opgeslagen; het logboek kon vanaf regel {{line}} ' +
    'niet worden gelezen, dus wat daarna is opgeslagen, ontbreekt.',
  restoredFromLogs:
    'Ook de back-up kon niet worden gelezen; alles is teruggezet uit de logboeken, die teruggaan tot de eerste ' +
    'wijziging: er ontbreekt niets.',
  restoredFromLogsPartly:
    'Ook de back-up kon niet worden gelezen; uit de logboeken is alles teruggezet wat tot {{since}} is ' +
    'opgeslagen; vanaf regel {{line}} waren ze niet leesbaar, dus wat daarna is opgeslagen, ontbreekt.',
  startedEmpty: 'Er was geen bruikbare back-up: Stroomlijn is zonder deze gegevens gestart.',
  journalCut: 'Alles tot {{since}} is teruggezet; wat daarna is opgeslagen, niet.',
  journalCutAll: 'Niets ervan kon worden teruggezet.',
  journalMissing: 'Wat tussen {{since}} en het laatste stoppen van Stroomlijn is opgeslagen, kan verloren zijn.',
  journalCopyRestored:
    'Het is gelezen uit de tweede kopie, {{readFrom}}, en daaruit opnieuw gemaakt: er ontbreekt niets.',
  copyUnreadableToo: 'De tweede kopie, {{copyFile}}, kon daar ook niet worden gelezen.',
  copyMissingToo: 'De tweede kopie, {{copyFile}}, ontbrak ook.',
  mayMiss: 'Wijzigingen aan deze kunnen ontbreken: {{names}}.',
  mayMissMore_one: 'Wijzigingen aan deze kunnen ontbreken: {{names}}, en aan nog {{count}}.',
  mayMissMore_other: 'Wijzigingen aan deze kunnen ontbreken: {{names}}, en aan nog {{count}}.',
  mayMissCount_one: 'Er kunnen wijzigingen ontbreken aan {{count}} dossieritem of gegeven; de naam was niet leesbaar.',
  mayMissCount_other:
    'Er kunnen wijzigingen ontbreken aan {{count}} dossieritems of gegevens; de namen waren niet leesbaar.',
  archiveUnreadable_one:
    '{{file}}: regel {{lines}} kon niet worden gelezen en blijft buiten lijsten en zoekresultaten.',
  archiveUnreadable_other:
    '{{file}}: de regels {{lines}} konden niet worden gelezen en blijven buiten lijsten en zoekresultaten.',
  archiveShort:
    '{{file}} is korter dan toen Stroomlijn het laatst werd afgesloten ({{bytes}} van {{expectedBytes}} bytes): ' +
    'wat aan het eind was gearchiveerd, is verloren.',
  archiveShortEndIntact:
    '{{file}} is korter dan toen Stroomlijn het laatst werd afgesloten ({{bytes}} van {{expectedBytes}} bytes), ' +
    'maar het eind is intact: een deel van wat ertussen was gearchiveerd, is verloren.',
  archiveMissing:
    '{{file}} ontbreekt: de geschiedenis die erin was gearchiveerd ({{expectedBytes}} bytes), is verloren.',
  keptAs: 'Het beschadigde bestand is bewaard als {{keptAs}}.',
  logKeptAs: 'Het logboek dat niet kon worden toegepast, is bewaard als {{logKeptAs}}.',
};
