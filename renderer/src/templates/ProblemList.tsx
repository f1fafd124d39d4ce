import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import { HELPER_USAGE, MAX_DECIMALS } from '@shared/messages/template-helpers';
import { useIssueText } from '../ui/ErrorText';

type Problem = NonNullable<ApiOutput<'templates.preview'>['renders']['nl']>['problems'][number];

/** What the author should know about a rendering: fields unknown or empty, what does not compile, a limit gone over. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  const text = useProblemText();
  if (!problems.length) return null;
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem problem-${p.kind}`}>
          {text(p)}
        </li>
      ))}
    </ul>
  );
}

/** One problem in the user's language. */
function useProblemText() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (p: Problem): string => {
    switch (p.kind) {
      case 'limit':
        return p.limit ? t(`templates.limits.${p.limit}`, { max: p.max ?? 0 }) : p.message;
      case 'render': {
        const helper = p.helper ?? '';
        const usage = HELPER_USAGE[helper] ?? helper;
        return t(`templates.render.${p.reason ?? 'failed'}`, {
          helper,
          usage,
          value: p.value ?? '',
          max: MAX_DECIMALS,
        });
      }
      case 'compile':
      case 'unknownField':
      case 'emptyField':
      case 'missingLanguage':
        return t(`templates.problems.${p.kind}`, {
          field: p.field ?? '',
          line: p.line ?? '?',
          column: p.column ?? '?',
          message: issueText(p.message),
        });
      default: {
        const never: never = p.kind;
        return never;
      }
    }
  };
}
