/** Design → the editor's export for Camunda 8 (BPMN 2.0), issue 15. */
export const bpmnExportEn = {
  button: 'BPMN',
  buttonTitle: 'BPMN: export for Camunda 8',
  title: 'Export for Camunda 8',
  intro:
    'A BPMN 2.0 file that Camunda 8 runs. Messages, webhooks and CRM tasks stay Stroomlijn’s work: Camunda hands them to Stroomlijn.',
  what: 'Exported: {{what}}',
  draft: 'the draft',
  version: 'version {{version}}',
  platform: 'Camunda version',
  checking: 'Checking what Camunda {{version}} can express…',
  allFine: 'Camunda {{version}} can express every step of this workflow.',
  someLost: 'Camunda {{version}} cannot express everything:',
  warnings: {
    automaticOnChange:
      '“{{name}}”: an automatic action on a field change needs Camunda {{needs}}. In this file it is only checked when the task is entered.',
    reactionRequired:
      '“{{name}}”: a required reaction is checked from Camunda {{needs}} on. In this file the task can be completed without one.',
    webhookHeaders:
      '“{{name}}”: the webhook’s extra headers are not in the file (they may hold secrets); Stroomlijn adds them when it calls.',
    workingDays:
      '“{{name}}”: Camunda does not know the office calendar. Working days count Monday to Friday there; public holidays and closing days are not skipped.',
  },
  download: 'Download',
  import: 'Import BPMN',
  importTitle: 'Import a BPMN file (from Camunda Modeler)',
};
export type BpmnExportMessages = typeof bpmnExportEn;
