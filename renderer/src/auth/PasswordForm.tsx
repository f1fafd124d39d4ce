import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@shared/api';
import { ApiError } from '@shared/api/errors';
import { fieldIssues } from '../ui/ErrorText';
import { FormRow } from '../ui/FormRow';
import { useAuthIssueText, useSignInErrorText } from './auth-text';
import { useApiCall } from '../ui/use-api-call';

/** Change one's own password: the current one, the new one twice. Problems show at their field. */
export function PasswordForm({ client, formId, onChanged }: { client: ApiClient; formId: string; onChanged(): void }) {
  const { t } = useTranslation();
  const issueText = useAuthIssueText();
  const errorText = useSignInErrorText();
  const [values, setValues] = useState({ current: '', next: '', repeat: '' });
  const { error, run } = useApiCall();
  const { byField, onlyFields } = fieldIssues(error, /^/, ['current', 'next'], issueText);
  const mismatch = values.repeat !== '' && values.repeat !== values.next;
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (values.next !== values.repeat) return;
    await run(async () => {
      await client.call('auth.changePassword', { current: values.current, next: values.next });
      onChanged();
    });
  };
  const field = (key: keyof typeof values, autoComplete: string, problem?: string) => (
    <FormRow id={`${formId}-${key}`} label={t(`auth.change.${key}`)} required problem={problem}>
      <input
        id={`${formId}-${key}`}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={problem !== undefined}
        value={values[key]}
        onChange={set(key)}
      />
    </FormRow>
  );
  return (
    <form id={formId} className="auth-form" onSubmit={(e) => void submit(e)}>
      {field('current', 'current-password', byField.get('current'))}
      {field('next', 'new-password', byField.get('next'))}
      {field('repeat', 'new-password', mismatch ? t('auth.setup.mismatch') : undefined)}
      {error !== null && !onlyFields && (
        <p className="error-box" role="alert">
          {error instanceof ApiError ? errorText(error) : String(error)}
        </p>
      )}
    </form>
  );
}
