import type { BpmnExportMessages } from './bpmn-export-en';

export const bpmnExportDe: BpmnExportMessages = {
  button: 'BPMN',
  buttonTitle: 'BPMN: für Camunda 8 exportieren',
  title: 'Für Camunda 8 exportieren',
  intro:
    'Eine BPMN-2.0-Datei, die Camunda 8 ausführt. Nachrichten, Webhooks und CRM-Aufgaben erledigt weiterhin Stroomlijn: Camunda gibt sie an Stroomlijn weiter.',
  what: 'Exportiert: {{what}}',
  draft: 'der Entwurf',
  version: 'Version {{version}}',
  platform: 'Camunda-Version',
  checking: 'Es wird geprüft, was Camunda {{version}} ausdrücken kann …',
  allFine: 'Camunda {{version}} kann jeden Schritt dieses Workflows ausdrücken.',
  someLost: 'Camunda {{version}} kann nicht alles ausdrücken:',
  warnings: {
    automaticOnChange:
      '„{{name}}“: Eine automatische Aktion bei einer Feldänderung braucht Camunda {{needs}}. In dieser Datei wird sie nur beim Beginn der Aufgabe geprüft.',
    reactionRequired:
      '„{{name}}“: Eine Pflicht-Reaktion wird erst ab Camunda {{needs}} geprüft. In dieser Datei kann die Aufgabe ohne Reaktion erledigt werden.',
    webhookHeaders:
      '„{{name}}“: Die zusätzlichen Header des Webhooks stehen nicht in der Datei (sie können Geheimnisse enthalten); Stroomlijn fügt sie beim Aufruf hinzu.',
    workingDays:
      '„{{name}}“: Camunda kennt den Bürokalender nicht. Arbeitstage zählen dort von Montag bis Freitag; Feiertage und Schließtage werden nicht übersprungen.',
  },
  download: 'Herunterladen',
  import: 'BPMN importieren',
  importTitle: 'BPMN-Datei importieren (aus dem Camunda Modeler)',
};
