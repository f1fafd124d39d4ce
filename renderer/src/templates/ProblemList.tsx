import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api';
import { useIssueText } from '../ui/ErrorText';

type Problem = NonNullable<ApiOutput<'templates.preview'>['renders']['nl']>['problems'][number];

/** What the author should know about a rendering: fields unknown or empty, what does not compile, a limit gone over. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  if (!problems.length) return null;
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem problem-${p.kind}`}>
          {p.kind === 'limit' && p.limit
            ? t(`templates.limits.${p.limit}`, { max: p.max ?? 0 })
            : t(`templates.problems.${p.kind as Exclude<Problem['kind'], 'limit'>}`, {
                field: p.field ?? '',
                line: p.line ?? '?',
                column: p.column ?? '?',
                message: issueText(p.message),
              })}
        </li>
      ))}
    </ul>
  );
}
