import type { TFunction } from 'i18next';
import type { Reason } from '@shared/api/reasons';
import type { Issue } from '@shared/model/parse';

/** Parameters of a reason in the user's language: a `thing` by its name, the rest as they are (data). */
function params(t: TFunction, reason: Reason): Record<string, string | number> {
  const given = reason.params ?? {};
  return typeof given.thing === 'string' ? { ...given, thing: t(`serverErrors.things.${given.thing}`) } : given;
}

/** Keys of the serverErrors area that are no reason of their own. */
const NOT_REASONS = new Set(['issues', 'things', 'invalidInput']);

/** A server's reason in the user's language; undefined for a key this renderer does not know. */
export function reasonText(t: TFunction, reason: Reason | undefined): string | undefined {
  if (!reason || NOT_REASONS.has(reason.key) || !t(`serverErrors.${reason.key}`, { defaultValue: '' }))
    return undefined;
  return t(`serverErrors.${reason.key}`, params(t, reason));
}

/** An issue's message in the user's language by its reason; undefined when it has none we know. */
export function issueReasonText(t: TFunction, issue: Issue): string | undefined {
  return reasonText(t, issue.reason ? { ...issue.reason, key: `issues.${issue.reason.key}` } : undefined);
}
