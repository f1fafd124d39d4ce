import type { ActionButton } from '../messages/action-buttons';
import type { Language } from '../model/common';

/** Where a preview's action buttons lead: nowhere — a preview or an example mail never carries a working link. */
export const EXAMPLE_ACTION_URL = '#voorbeeld';

const SAMPLE_LABELS: Record<Language, [string, string]> = {
  nl: ['Goedkeuren', 'Afkeuren'],
  en: ['Approve', 'Reject'],
  de: ['Genehmigen', 'Ablehnen'],
};

/** The buttons `{{actions}}` shows in a preview: the task's own actions, or two sample ones; none of them works. */
export function exampleActions(language: Language, labels?: readonly string[]): ActionButton[] {
  return (labels ?? SAMPLE_LABELS[language]).map((label) => ({ label, url: EXAMPLE_ACTION_URL }));
}
