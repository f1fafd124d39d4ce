/**
 * The choice lists of CRM records. The deal (opportunity) statuses are those of seed 001
 * ("kansactie statussen"); stages, task types and statuses follow seeds 001 and 004.
 */
export const recordOptions = {
  dealStages: ['Lead', 'Kwalificatie', 'Offerte', 'Feedback', 'Gewonnen', 'Verloren'],
  dealStatuses: [
    'Offertezoek - Offerte nog niet aangevraagd',
    'Offertezoek - Offerte aangevraagd',
    'Offertezoek - Offerte aanvraag in behandeling',
    'Offertezoek - In overweging bij bewoner',
    'Offertezoek - Bewoner is akkoord',
    'Offertezoek - Bewoner heeft afgewezen',
    'Offertezoek - Offerte niet mogelijk',
    'Offertezoek - Geen reactie ontvangen',
    'Offertezoek - Uitgevoerd',
    'Offertezoek - Offertezoek akkoord',
    'Offertezoek - Offertezoek niet akkoord',
    'Bezoek - Geen afspraak gemaakt',
    'Bezoek - Geen afspraak kunnen maken',
    'Bezoek - Afspraak gemaakt',
    'Bezoek - Afspraak uitgevoerd',
    'Bezoek - Afspraak afgezegd',
    'Budgetaanvraag - Budgetaanvraag open',
  ],
  quoteStatuses: ['Nieuw', 'Offerte aangevraagd', 'In behandeling', 'Verstuurd', 'Akkoord', 'Afgewezen'],
  projectStages: ['Planning', 'Uitvoering', 'Feedback', 'Auszuliefern', 'Afgerond'],
  taskTypes: ['Bellen', 'E-mailen', 'Bezoek', 'Offerte maken', 'Nabellen'],
  taskStatuses: ['Open', 'In behandeling', 'Auszuliefern', 'Afgehandeld'],
} as const;
export type RecordOptionList = keyof typeof recordOptions;
