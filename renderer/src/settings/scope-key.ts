import type { Scope } from '@shared/api/caller';

/** A scope as a key of the texts (`items:submit` → `itemsSubmit`: i18next reads ':' as a namespace). */
/** Rights that reach beyond one user's own work: shown in red where they are chosen and listed. */
export const isWideScope = (scope: Scope): boolean => scope === 'act-as' || scope === 'admin';

export const scopeKey = (scope: Scope): string => scope.replace(/[:-](\w)/g, (_, c: string) => c.toUpperCase());
