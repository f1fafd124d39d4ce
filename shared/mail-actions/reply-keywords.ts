import type { Language } from '../model/common';
import type { ActionRole } from '../model/item-type';

/**
 * The words a reply may start with to take an action of a given role, per language (issue 14):
 * "JA" or "AKKOORD" approves in Dutch, "ABGELEHNT" rejects in German. An action's own label (and
 * its first word) always works too, and an action may name its own words instead.
 */
export const ROLE_KEYWORDS: Record<Language, Record<ActionRole, readonly string[]>> = {
  nl: {
    approve: ['JA', 'AKKOORD', 'GOEDKEUREN', 'GOEDGEKEURD', 'OK'],
    reject: ['NEE', 'AFKEUREN', 'AFGEKEURD'],
    complete: ['KLAAR', 'AFGEHANDELD', 'GEDAAN'],
    custom: [],
  },
  en: {
    approve: ['YES', 'APPROVE', 'APPROVED', 'OK'],
    reject: ['NO', 'REJECT', 'REJECTED'],
    complete: ['DONE', 'COMPLETE', 'COMPLETED'],
    custom: [],
  },
  de: {
    approve: ['JA', 'GENEHMIGT', 'GENEHMIGEN', 'OK'],
    reject: ['NEIN', 'ABGELEHNT', 'ABLEHNEN'],
    complete: ['ERLEDIGT', 'FERTIG'],
    custom: [],
  },
};

/** An action as a reply can name it. */
export interface ReplyAction {
  id: string;
  label: string;
  role: ActionRole;
  /** Its own words (Design: the action's "reply keywords"); the role's words in the reader's language when none. */
  replyKeywords?: readonly string[];
}

const normal = (word: string) => word.trim().toLocaleUpperCase('nl');

/** The words that take `action` in a reply in `language`. */
export function keywordsOf(action: ReplyAction, language: Language): string[] {
  const own = action.replyKeywords?.map(normal).filter(Boolean) ?? [];
  const label = normal(action.label);
  const first = label.split(/\s+/)[0] ?? '';
  const byRole = own.length ? [] : ROLE_KEYWORDS[language][action.role];
  return [...new Set([...own, ...byRole, label, first].filter(Boolean))];
}

/** The one action a reply's first word takes; none when no action or more than one answers to it. */
export function actionForKeyword(
  keyword: string,
  actions: readonly ReplyAction[],
  language: Language,
): ReplyAction | null {
  const word = normal(keyword);
  if (!word) return null;
  const matching = actions.filter((a) => keywordsOf(a, language).includes(word));
  return matching.length === 1 ? matching[0]! : null;
}
