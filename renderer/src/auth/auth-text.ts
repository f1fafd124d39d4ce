import { useTranslation } from 'react-i18next';
import { type AuthIssue, authIssueMessages } from '@shared/api/auth-messages';
import { ApiError } from '@shared/api/errors';
import { formatDateTime } from '../ui/format';
import { useErrorText, useIssueText } from '../ui/ErrorText';

/** A problem the API names at a login or password field, in the user's language. */
export function useAuthIssueText() {
  const { t } = useTranslation();
  const general = useIssueText();
  return (message: string): string => {
    const known = (Object.keys(authIssueMessages) as AuthIssue[]).find((k) => authIssueMessages[k] === message);
    return known ? t(`auth.issues.${known}`) : general(message);
  };
}

/** Why a sign-in (or a password check) was refused: a wrong login or password, or locked until when. */
export function useSignInErrorText() {
  const { t, i18n } = useTranslation();
  const other = useErrorText();
  return (error: unknown): string => {
    if (error instanceof ApiError && error.code === 'unauthorized') return t('auth.signIn.wrong');
    if (error instanceof ApiError && error.code === 'rate_limited' && error.retryAt) {
      return t('auth.signIn.locked', { time: formatDateTime(error.retryAt, i18n.language) });
    }
    return other(error);
  };
}
