import { useTranslation } from 'react-i18next';
import { ApiError } from '@shared/api/errors';
import { knownValidationMessage } from '@shared/model/messages';
import type { Issue } from '@shared/model/parse';
import { issueReasonText, reasonText } from './reason-text';

/** Paths of issues that name no field of a form (the file's header, a line, the request). */
const NO_FIELD = new Set(['', 'header', 'row', 'body']);

/**
 * The message of an error for people, in their language: by its reason (shared/api/reasons.ts), a
 * refused input by its issues; the API's English only for a reason this renderer does not know.
 */
export function useErrorText() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const issue = (i: Issue): string => {
    const message = issueReasonText(t, i) ?? issueText(i.message);
    const field = i.path.split('.').at(-1)!;
    return NO_FIELD.has(field) ? message : t('errors.field', { field, message });
  };
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'disk_full') return t('errors.diskFull');
      if (error.code === 'not_saved' && error.notSaved) {
        const { file, failure } = error.notSaved;
        return t('errors.notSaved', { file, reason: t(`errors.notSavedReason.${failure}`) });
      }
      const known = reasonText(t, error.reason);
      const issues = error.issues.map(issue).join('; ');
      if (error.code === 'invalid_input' && (known || !error.reason) && issues) {
        return `${known ?? t('serverErrors.invalidInput')}: ${issues}`;
      }
      if (known) return known;
      return error.message === 'offline' ? t('errors.offline') : error.message;
    }
    return t('errors.offline');
  };
}

/** A validation message from the API in the user's language, where it is one we know. */
export function useIssueText() {
  const { t } = useTranslation();
  return (message: string): string => {
    const known = knownValidationMessage(message);
    return known ? t(`validation.${known}`) : message;
  };
}

/**
 * The issues of an API error by the form field they are about (the path without `strip`, up to the
 * first dot or bracket), in words for people; `onlyFields`: each one has its field among `keys`.
 */
export function fieldIssues(
  error: unknown,
  strip: RegExp,
  keys: readonly string[],
  text: (message: string) => string,
): { byField: Map<string, string>; onlyFields: boolean } {
  const byField = new Map<string, string>();
  if (!(error instanceof ApiError)) return { byField, onlyFields: false };
  for (const i of error.issues) byField.set(i.path.replace(strip, '').split(/[.[]/)[0]!, text(i.message));
  return { byField, onlyFields: error.issues.length > 0 && [...byField.keys()].every((k) => keys.includes(k)) };
}

export const ErrorBox = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  const text = useErrorText();
  if (!error) return null;
  return (
    <div className="error-box" role="alert">
      <strong>{t('errors.title')}</strong> {text(error)}
    </div>
  );
};
