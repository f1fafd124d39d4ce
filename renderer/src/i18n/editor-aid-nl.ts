import type { Messages } from './en';

/** Nederlandse teksten van de hulp in de editor: leeg canvas, React Flows eigen labels, nieuw sjabloon, veldlijsten. */
export const editorAidNl: Messages['editorAid'] = {
  empty: {
    title: 'Begin hier je workflow',
    text: 'Klik links op Start en daarna op elke volgende stap: die komt onder de geselecteerde stap en wordt ermee verbonden. Slepen kan ook.',
  },
  flow: {
    controls: 'Zoomknoppen',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fitView: 'Alles tonen',
    interactive: 'Canvas vergrendelen of ontgrendelen',
    minimap: 'Overzichtskaart',
    handle: 'Verbindingspunt',
    node: 'Druk op Enter of spatie om een stap te selecteren, Escape om te annuleren.',
    nodeKeys:
      'Druk op Enter of spatie om een stap te selecteren; verplaats hem dan met de pijltoetsen. Escape annuleert.',
    moved: 'Stap naar {{direction}} verplaatst. Nieuwe positie: x {{x}}, y {{y}}',
    edge: 'Druk op Enter of spatie om een verbinding te selecteren; Delete verwijdert hem.',
    directions: { up: 'boven', down: 'beneden', left: 'links', right: 'rechts' },
    edgeLabel: 'Verbinding',
  },
  template: {
    new: 'Nieuw sjabloon',
    title: 'Nieuw berichtsjabloon',
    name: 'Naam',
    start: 'Beginnen met',
    blank: 'Eigen tekst',
    starter: 'Voorbeeld voor deze stap',
    subject: 'Onderwerp',
    body: 'Tekst',
    language: 'Taal: {{language}}, die van deze workflow; andere talen voeg je toe bij Sjablonen.',
    create: 'Aanmaken en gebruiken',
    nameNeeded: 'Geef het sjabloon een naam.',
    starters: {
      start: {
        name: 'Ontvangen: {{workflow}}',
        subject: 'We hebben “[[Item.Subject]]” ontvangen',
        body: 'Beste [[Recipient.Name]],\n\nWe hebben “[[Item.Subject]]” ontvangen en gaan ermee aan de slag.',
      },
      enter: {
        name: 'Nieuwe taak: {{step}}',
        subject: 'Een taak voor je: [[Task.Title]]',
        body: 'Beste [[Recipient.Name]],\n\n“[[Item.Subject]]” wacht op je in “[[Task.Title]]”.',
      },
      action: {
        name: 'Uitkomst: {{step}}',
        subject: '“[[Item.Subject]]”: {{step}}',
        body: 'Beste [[Recipient.Name]],\n\n“[[Item.Subject]]”: {{step}}.\n\n[[Task.LastReaction]]',
      },
    },
  },
  fields: {
    pick: '— kies een veld —',
    ofType: 'Velden van {{type}}',
    ofRecord: 'Velden van het gegeven',
    ofItem: 'Elk dossieritem',
    other: 'Ander veld…',
    otherName: 'Veldnaam',
    undeclared: '{{name}} (niet in het type dossieritem)',
    undeclaredHint: 'Dit veld is niet vastgelegd; je kunt de naam typen. Beter: voeg het toe aan het type dossieritem.',
    yes: 'Ja',
    no: 'Nee',
    common: { status: 'Status', subject: 'Onderwerp' },
    anyValue: '— kies een waarde —',
  },
};
