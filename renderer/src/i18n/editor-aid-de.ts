import type { Messages } from './en';

/** Deutsche Texte der Hilfen im Editor: leere Fläche, React Flows eigene Beschriftungen, neue Vorlage, Feldlisten. */
export const editorAidDe: Messages['editorAid'] = {
  empty: {
    title: 'Beginnen Sie hier Ihren Workflow',
    text: 'Klicken Sie links auf Start und dann auf jeden nächsten Schritt: Er kommt unter den ausgewählten Schritt und wird mit ihm verbunden. Ziehen geht auch.',
  },
  flow: {
    controls: 'Zoom-Steuerung',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fitView: 'Alles zeigen',
    interactive: 'Fläche sperren oder entsperren',
    minimap: 'Übersichtskarte',
    handle: 'Verbindungspunkt',
    node: 'Drücken Sie Enter oder Leertaste, um einen Schritt auszuwählen, Escape zum Abbrechen.',
    nodeKeys:
      'Drücken Sie Enter oder Leertaste, um einen Schritt auszuwählen; verschieben Sie ihn dann mit den Pfeiltasten. Escape bricht ab.',
    moved: 'Schritt nach {{direction}} verschoben. Neue Position: x {{x}}, y {{y}}',
    edge: 'Drücken Sie Enter oder Leertaste, um eine Verbindung auszuwählen; Entf entfernt sie.',
    directions: { up: 'oben', down: 'unten', left: 'links', right: 'rechts' },
    edgeLabel: 'Verbindung',
  },
  template: {
    new: 'Neue Vorlage',
    title: 'Neue Nachrichtenvorlage',
    name: 'Name',
    start: 'Beginnen mit',
    blank: 'Eigener Text',
    starter: 'Beispiel für diesen Schritt',
    subject: 'Betreff',
    body: 'Text',
    language: 'Sprache: {{language}}, die dieses Workflows; weitere Sprachen fügen Sie unter Vorlagen hinzu.',
    create: 'Anlegen und verwenden',
    nameNeeded: 'Geben Sie der Vorlage einen Namen.',
    starters: {
      start: {
        name: 'Eingegangen: {{workflow}}',
        subject: 'Wir haben „[[Item.Subject]]“ erhalten',
        body: 'Guten Tag [[Recipient.Name]],\n\nwir haben „[[Item.Subject]]“ erhalten und bearbeiten es.',
      },
      enter: {
        name: 'Neue Aufgabe: {{step}}',
        subject: 'Eine Aufgabe für Sie: [[Task.Title]]',
        body: 'Guten Tag [[Recipient.Name]],\n\n„[[Item.Subject]]“ wartet in „[[Task.Title]]“ auf Sie.',
      },
      action: {
        name: 'Ergebnis: {{step}}',
        subject: '„[[Item.Subject]]“: {{step}}',
        body: 'Guten Tag [[Recipient.Name]],\n\n„[[Item.Subject]]“: {{step}}.\n\n[[Task.LastReaction]]',
      },
    },
  },
  fields: {
    pick: '— Feld wählen —',
    ofType: 'Felder von {{type}}',
    ofRecord: 'Felder des Datensatzes',
    ofItem: 'Jeder Vorgang',
    other: 'Anderes Feld…',
    otherName: 'Feldname',
    undeclared: '{{name}} (nicht im Vorgangstyp)',
    undeclaredHint:
      'Dieses Feld ist nicht festgelegt; Sie können seinen Namen eingeben. Besser: Fügen Sie es dem Vorgangstyp hinzu.',
    yes: 'Ja',
    no: 'Nein',
    common: { status: 'Status', subject: 'Betreff' },
    anyValue: '— Wert wählen —',
  },
};
