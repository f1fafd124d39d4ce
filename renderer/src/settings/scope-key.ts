import type { Scope } from '../../../shared/api/caller';

/** A scope as a key of the texts (`items:submit` → `itemsSubmit`: i18next reads ':' as a namespace). */
export const scopeKey = (scope: Scope): string => scope.replace(/[:-](\w)/g, (_, c: string) => c.toUpperCase());
