import type { BpmnExportMessages } from './bpmn-export-en';

export const bpmnExportNl: BpmnExportMessages = {
  button: 'BPMN',
  buttonTitle: 'BPMN: exporteren voor Camunda 8',
  title: 'Exporteren voor Camunda 8',
  intro:
    'Een BPMN 2.0-bestand dat Camunda 8 uitvoert. Berichten, webhooks en CRM-taken blijft Stroomlijn doen: Camunda geeft ze aan Stroomlijn door.',
  what: 'Geëxporteerd: {{what}}',
  draft: 'het concept',
  version: 'versie {{version}}',
  platform: 'Camunda-versie',
  checking: 'Nagaan wat Camunda {{version}} kan uitdrukken…',
  allFine: 'Camunda {{version}} kan elke stap van deze workflow uitdrukken.',
  someLost: 'Camunda {{version}} kan niet alles uitdrukken:',
  warnings: {
    automaticOnChange:
      '„{{name}}”: een automatische actie bij een gewijzigd veld vraagt Camunda {{needs}}. In dit bestand wordt ze alleen nagegaan als de taak begint.',
    reactionRequired:
      '„{{name}}”: een verplichte reactie wordt pas vanaf Camunda {{needs}} gecontroleerd. In dit bestand kan de taak zonder reactie worden afgerond.',
    webhookHeaders:
      '„{{name}}”: de extra headers van de webhook staan niet in het bestand (er kunnen geheimen in staan); Stroomlijn voegt ze toe bij het aanroepen.',
    workingDays:
      '„{{name}}”: Camunda kent de kantoorkalender niet. Werkdagen tellen daar van maandag tot en met vrijdag; feestdagen en sluitingsdagen worden niet overgeslagen.',
  },
  download: 'Downloaden',
  import: 'BPMN importeren',
  importTitle: 'BPMN-bestand importeren (uit Camunda Modeler)',
};
