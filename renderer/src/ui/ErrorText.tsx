import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { knownValidationMessage } from '../../../shared/model/messages';

/** The message of an error for people: ApiErrors say what went wrong; others only that it did. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'disk_full') return t('errors.diskFull');
      if (error.code === 'not_saved' && error.notSaved) {
        const { file, failure } = error.notSaved;
        return t('errors.notSaved', { file, reason: t(`errors.notSavedReason.${failure}`) });
      }
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
export function fieldIssues(error: unknown, strip: RegExp, keys: readonly string[], text: (message: string) => string): { byField: Map<string, string>; onlyFields: boolean } {
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
