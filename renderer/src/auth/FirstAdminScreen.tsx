import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@shared/api';
import type { AuthStatus } from '@shared/api/auth-contract';
import { ErrorBox, fieldIssues } from '../ui/ErrorText';
import { FormRow } from '../ui/FormRow';
import { AuthScreen } from './AuthScreen';
import { useAuthIssueText } from './auth-text';
import { useApiCall } from '../ui/use-api-call';

const FIELDS = ['name', 'login', 'email', 'password'] as const;

/** A new data folder: make the first administrator (name, login, e-mail, password twice), then go in. */
export function FirstAdminScreen({ client, onDone }: { client: ApiClient; onDone(status: AuthStatus): void }) {
  const { t } = useTranslation();
  const issueText = useAuthIssueText();
  const [values, setValues] = useState({ name: '', login: '', email: '', password: '', repeat: '' });
  const { busy, error, run } = useApiCall();
  const { byField, onlyFields } = fieldIssues(error, /^/, FIELDS, issueText);
  const mismatch = values.repeat !== '' && values.repeat !== values.password;
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (values.password !== values.repeat) return;
    const { name, login, email, password } = values;
    const mail = email.trim() ? { email: email.trim() } : {};
    const status = await run(() => client.call('auth.setup', { name, login, password, ...mail }), { staysBusy: true });
    if (status) onDone(status);
  };
  const row = (key: (typeof FIELDS)[number], type: string, autoComplete: string, required = true) => (
    <FormRow id={`setup-${key}`} label={t(`auth.setup.${key}`)} required={required} problem={byField.get(key)}>
      <input
        id={`setup-${key}`}
        type={type}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={byField.has(key)}
        value={values[key]}
        onChange={set(key)}
      />
    </FormRow>
  );
  return (
    <AuthScreen title={t('auth.setup.title')} intro={t('auth.setup.intro')}>
      <form className="auth-form" onSubmit={(e) => void submit(e)}>
        {row('name', 'text', 'name')}
        {row('login', 'text', 'username')}
        {row('email', 'email', 'email', false)}
        {row('password', 'password', 'new-password')}
        <p className="muted auth-hint">{t('auth.setup.hint')}</p>
        <FormRow
          id="setup-repeat"
          label={t('auth.setup.repeat')}
          required
          problem={mismatch ? t('auth.setup.mismatch') : undefined}
        >
          <input
            id="setup-repeat"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={mismatch}
            value={values.repeat}
            onChange={set('repeat')}
          />
        </FormRow>
        {error !== null && !onlyFields && <ErrorBox error={error} />}
        <button type="submit" className="primary" disabled={busy || mismatch}>
          {busy ? t('auth.setup.busy') : t('auth.setup.submit')}
        </button>
      </form>
    </AuthScreen>
  );
}
