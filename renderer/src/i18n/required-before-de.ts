import type { RequiredBeforeMessages } from './required-before-en';

export const requiredBeforeDe: RequiredBeforeMessages = {
  legend: '{{field}} ist Pflicht vor',
  every: 'jeder Aktion',
  some: 'nur diesen Aktionen:',
  noActions: 'Diese Aufgabe hat noch keine Aktionen: Verbinden Sie sie, um zu wählen.',
  removed: 'einer entfernten Aktion',
  unnamed: '(Aktion ohne Namen)',
};
