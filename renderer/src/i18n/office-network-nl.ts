import type { officeNetworkEn } from './office-network-en';

/** Instellingen → Kantoornetwerk (Nederlands). */
export const officeNetworkNl: typeof officeNetworkEn = {
  title: 'Kantoornetwerk',
  intro:
    'Stel Stroomlijn via het kantoornetwerk beschikbaar voor collega’s aan hun eigen bureau, versleuteld (HTTPS). Zij melden zich aan met hun eigen account en zien hun eigen taken; alleen beheerders zien Ontwerp en Instellingen. Uit: Stroomlijn is alleen op deze computer bereikbaar.',
  enabled: 'Beschikbaar voor collega’s op het kantoornetwerk',
  on: 'Aan',
  off: 'Uit',
  statusOn: 'Collega’s openen een van deze adressen:',
  statusOff: 'Stroomlijn is alleen op deze computer bereikbaar.',
  listening: 'Luistert op {{addresses}}, poort {{port}}',
  port: 'Poort',
  portHint: 'Boven 1024, tenzij Stroomlijn met beheerdersrechten draait; 4443 als geen ander programma die gebruikt.',
  names: 'Namen en adressen die collega’s intypen, één per regel',
  namesHint:
    'De naam van deze computer of zijn netwerkadres: bijv. kantoor-pc of 192.168.1.20. Andere namen worden geweigerd (bescherming tegen DNS-rebinding); het certificaat wordt voor precies deze namen gemaakt.',
  suggestions: 'Deze computer:',
  add: '{{name}} toevoegen',
  save: 'Opslaan',
  saved: 'Opgeslagen.',
  certificate: 'Certificaat',
  certificateNone: 'Er wordt een certificaat gemaakt zodra het kantoornetwerk voor het eerst aangaat.',
  fingerprint: 'SHA-256-vingerafdruk',
  fingerprintHint:
    'De eerste keer dat een collega het adres opent, waarschuwt de browser dat hij het certificaat niet kent. Laat de collega deze vingerafdruk vergelijken met die de browser toont (de details van het certificaat, SHA-256): alleen als ze gelijk zijn, doorgaan.',
  validity: 'Geldig',
  validRange: '{{from}} tot {{until}}',
  certificateNames: 'Geldig voor',
  renew: 'Nieuw certificaat maken',
  renewTitle: 'Een nieuw certificaat maken?',
  renewBody:
    'Stroomlijn maakt een nieuwe sleutel en een nieuw certificaat voor dezelfde namen. De browsers van collega’s waarschuwen dan opnieuw, en iedereen moet de nieuwe vingerafdruk controleren.',
  refused:
    'Via het kantoornetwerk kan de eerste beheerder niet worden aangemaakt en wordt de startsleutel van deze computer nooit meegestuurd; elk verzoek vraagt om een aangemelde collega (of een token van de API).',
  problem: {
    portInUse: 'Poort {{port}} wordt door een ander programma gebruikt. Kies een andere poort.',
    noPermission:
      'Stroomlijn mag poort {{port}} niet openen (poorten onder 1024 vragen om beheerdersrechten). Kies een andere poort.',
    addressUnavailable: 'Poort {{port}} kan niet worden geopend op de netwerkadressen van deze computer.',
    failed: 'Het kantoornetwerk kon niet worden gestart: {{detail}}',
  },
  issues: {
    noNames: 'noem minstens één naam of adres dat collega’s intypen',
    notHost: 'is geen naam of IP-adres (zonder https://, poort of pad)',
    portInUse: 'wordt door een ander programma gebruikt',
    noPermission: 'mag Stroomlijn niet openen (poorten onder 1024 vragen om beheerdersrechten)',
    addressUnavailable: 'kan niet worden geopend op de netwerkadressen van deze computer',
    failed: 'kon niet worden geopend',
    twice: 'noemt een naam twee keer',
    notPort: 'is geen poortnummer (1 tot 65535)',
  },
};
