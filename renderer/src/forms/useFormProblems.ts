import { useState } from 'react';
import type { LocaleProblem } from '@shared/fields/locale-number';
import { fieldIssues } from '../ui/ErrorText';
import { useFieldIssueText } from '../ui/field-issue-text';
import { useLocaleProblemText } from './field-text';

/**
 * A form's problems by field: typed text the form could not read (nothing is sent then) and the
 * server's per-field issues of the last attempt, both in the UI language.
 */
export function useFormProblems(error: unknown, keys: readonly string[]) {
  const [unread, setUnread] = useState<ReadonlyMap<string, LocaleProblem>>(new Map());
  const issueText = useFieldIssueText();
  const localeText = useLocaleProblemText();
  const { byField, onlyFields } = fieldIssues(error, /^fields\./, keys, issueText);
  const problems = new Map(byField);
  for (const [key, problem] of unread) problems.set(key, localeText(problem));
  return { problems, onlyFields: onlyFields || (unread.size > 0 && error === null), setUnread };
}
