import { useTranslation } from 'react-i18next';
import { ApiError } from '@shared/api/errors';
import { limitMessage, TEMPLATE_LIMITS, type TemplateLimit } from '@shared/messages/template-limits';

/** The limits a refused save names, by language and part; null when the error is about something else. */
export function limitsOfRefusal(error: unknown): { language: string; part: string; limit: TemplateLimit }[] | null {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || !error.issues.length) return null;
  const limits = Object.keys(TEMPLATE_LIMITS) as TemplateLimit[];
  const found = error.issues.map((issue) => {
    const [, language = '', part = ''] = /^template\.texts\.(\w+)\.(\w+)$/.exec(issue.path) ?? [];
    const limit = limits.find((l) => limitMessage(l) === issue.message);
    return limit && language ? { language, part, limit } : null;
  });
  return found.every((f) => f !== null) ? found : null;
}

/** Why a template was not saved: each limit it goes over, where, in the user's language. */
export function SaveRefusal({ refused }: { refused: NonNullable<ReturnType<typeof limitsOfRefusal>> }) {
  const { t } = useTranslation();
  return (
    <div className="error-box" role="alert">
      <strong>{t('templates.saveRefused')}</strong>
      <ul>
        {refused.map((r) => (
          <li key={`${r.language}.${r.part}`}>
            {r.language.toUpperCase()} · {t(`templates.parts.${r.part as 'html' | 'text' | 'subject'}`)}:{' '}
            {t(`templates.limits.${r.limit}`, { max: TEMPLATE_LIMITS[r.limit] })}
          </li>
        ))}
      </ul>
    </div>
  );
}
