import { useTranslation } from 'react-i18next';
import type { CsvIssue } from '@shared/directory';
import { useIssueText } from '../ui/ErrorText';

/** A CSV issue in the user's language: by its code where it has one, else as a known validation message. */
export function useCsvIssueText() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const fieldName = (key: string | undefined) => (key ? t(`directory.fields.${key}`, { defaultValue: key }) : '');
  return (issue: CsvIssue): string => {
    if (!issue.code) {
      const where = fieldName(issue.path.split(/[.[]/)[0]);
      return where ? `${where}: ${issueText(issue.message)}` : issueText(issue.message);
    }
    const params = { ...issue.params, field: fieldName(issue.params?.field) };
    if (issue.code === 'notText' && issue.params?.format) return t('csvImport.problems.notTextWorkbook', params);
    return t(`csvImport.problems.${issue.code}`, params);
  };
}
