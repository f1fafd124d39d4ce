import type { officeNetworkEn } from './office-network-en';

/** Einstellungen → Büronetzwerk (Deutsch). */
export const officeNetworkDe: typeof officeNetworkEn = {
  title: 'Büronetzwerk',
  intro:
    'Stroomlijn über das Büronetzwerk für Kolleginnen und Kollegen an ihrem eigenen Arbeitsplatz bereitstellen, verschlüsselt (HTTPS). Sie melden sich mit ihrem eigenen Konto an und sehen ihre eigenen Aufgaben; nur Administratoren sehen Entwurf und Einstellungen. Aus: Stroomlijn ist nur auf diesem Computer erreichbar.',
  enabled: 'Für Kollegen im Büronetzwerk bereitstellen',
  on: 'An',
  off: 'Aus',
  statusOn: 'Kollegen öffnen eine dieser Adressen:',
  statusOff: 'Stroomlijn ist nur auf diesem Computer erreichbar.',
  listening: 'Lauscht auf {{addresses}}, Port {{port}}',
  port: 'Port',
  portHint: 'Über 1024, außer Stroomlijn läuft mit Administratorrechten; 4443, wenn kein anderes Programm ihn nutzt.',
  names: 'Namen und Adressen, die Kollegen eingeben, eine pro Zeile',
  namesHint:
    'Der Name dieses Computers oder seine Netzwerkadresse: z. B. buero-pc oder 192.168.1.20. Andere Namen werden abgewiesen (Schutz vor DNS-Rebinding); das Zertifikat wird für genau diese Namen ausgestellt.',
  suggestions: 'Dieser Computer:',
  add: '{{name}} hinzufügen',
  save: 'Speichern',
  saved: 'Gespeichert.',
  certificate: 'Zertifikat',
  certificateNone: 'Ein Zertifikat wird erstellt, sobald das Büronetzwerk zum ersten Mal eingeschaltet wird.',
  fingerprint: 'SHA-256-Fingerabdruck',
  fingerprintHint:
    'Beim ersten Öffnen der Adresse warnt der Browser, dass er das Zertifikat nicht kennt. Lassen Sie die Kollegen diesen Fingerabdruck mit dem vergleichen, den der Browser zeigt (Details des Zertifikats, SHA-256): nur wenn beide gleich sind, fortfahren.',
  validity: 'Gültig',
  validRange: '{{from}} bis {{until}}',
  certificateNames: 'Gültig für',
  renew: 'Neues Zertifikat erstellen',
  renewTitle: 'Ein neues Zertifikat erstellen?',
  renewBody:
    'Stroomlijn erstellt einen neuen Schlüssel und ein neues Zertifikat für dieselben Namen. Die Browser der Kollegen warnen dann erneut, und alle müssen den neuen Fingerabdruck prüfen.',
  refused:
    'Über das Büronetzwerk kann der erste Administrator nicht angelegt werden, und der Startschlüssel dieses Computers wird nie mitgesendet; jede Anfrage braucht angemeldete Kollegen (oder ein Token der API).',
  problem: {
    portInUse: 'Port {{port}} wird von einem anderen Programm verwendet. Wählen Sie einen anderen Port.',
    noPermission:
      'Stroomlijn darf Port {{port}} nicht öffnen (Ports unter 1024 brauchen Administratorrechte). Wählen Sie einen anderen Port.',
    addressUnavailable: 'Port {{port}} kann auf den Netzwerkadressen dieses Computers nicht geöffnet werden.',
    failed: 'Das Büronetzwerk konnte nicht gestartet werden: {{detail}}',
  },
  issues: {
    noNames: 'nennen Sie mindestens einen Namen oder eine Adresse, die Kollegen eingeben',
    notHost: 'ist kein Name und keine IP-Adresse (ohne https://, Port oder Pfad)',
    portInUse: 'wird von einem anderen Programm verwendet',
    noPermission: 'darf Stroomlijn nicht öffnen (Ports unter 1024 brauchen Administratorrechte)',
    addressUnavailable: 'kann auf den Netzwerkadressen dieses Computers nicht geöffnet werden',
    failed: 'konnte nicht geöffnet werden',
    twice: 'nennt einen Namen zweimal',
    notPort: 'ist keine Portnummer (1 bis 65535)',
  },
};
