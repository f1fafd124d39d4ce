import type { apiTokensEn } from './api-tokens-en';

export const apiTokensNl: typeof apiTokensEn = {
  title: 'API',
  intro:
    'Andere applicaties gebruiken de API v1 op deze computer met een token. Een token wordt één keer getoond, wanneer je het aanmaakt; Stroomlijn bewaart er alleen een vingerafdruk van.',
  baseUrl: 'Adres',
  docs: 'Beschrijving (OpenAPI)',
  notRunning: 'De API draait niet in deze sessie.',
  name: 'Naam',
  prefix: 'Begint met',
  created: 'Aangemaakt',
  lastUsed: 'Laatst gebruikt',
  never: 'nooit',
  none: 'Nog geen tokens.',
  newName: 'Nieuw token voor',
  namePlaceholder: 'bijv. Boekhoudpakket',
  create: 'Token aanmaken',
  createdOnce: 'Token “{{name}}” is aangemaakt. Kopieer het nu: het wordt niet nog eens getoond.',
  copy: 'Kopiëren',
  copied: 'Gekopieerd',
  done: 'Ik heb het gekopieerd',
  revoke: 'Intrekken',
  revokeNamed: 'Token {{name}} intrekken',
  revokeTitle: 'Token “{{name}}” intrekken?',
  revokeBody:
    'Applicaties die dit token gebruiken, kunnen Stroomlijn dan niet meer bereiken. Dit kan niet ongedaan worden gemaakt; je kunt wel een nieuw token aanmaken.',
  kind: 'Wat het mag',
  kindOwner: 'Handelen als een gebruiker: precies wat die gebruiker mag',
  kindIntegration: 'Een applicatie met de rechten die hieronder zijn aangevinkt',
  owner: 'Gebruiker',
  chooseOwner: 'Kies een gebruiker',
  rights: 'Mag',
  actsAs: 'handelt als {{name}}',
  scopes: {
    itemsSubmit: 'dossieritems insturen',
    itemsRead: 'dossieritems lezen',
    itemsAct: 'taken afhandelen',
    recordsRead: 'gegevens lezen',
    recordsWrite: 'gegevens schrijven',
    directoryRead: 'namen in het adresboek lezen',
    actAs: 'namens elke gebruiker handelen (X-Act-As)',
    admin: 'alles (beheerder)',
  },
  actAsHint:
    'Een applicatie met dit recht mag elke gebruiker noemen en als die handelen: geef het alleen aan een applicatie die je net zo vertrouwt als je medewerkers.',
  migrated_one:
    'API-tokens hebben nu een eigenaar of rechten. Het eerder gemaakte token {{names}} is een koppeling geworden die alles mag (beheerder). Controleer of dat nodig is: zo niet, maak dan een token met minder rechten en trek dit token in.',
  migrated_other:
    'API-tokens hebben nu een eigenaar of rechten. De eerder gemaakte tokens {{names}} zijn koppelingen geworden die alles mogen (beheerder). Controleer of dat nodig is: zo niet, maak dan tokens met minder rechten en trek deze in.',
  migratedRead: 'Begrepen',
};
