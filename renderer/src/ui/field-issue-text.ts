import { useTranslation } from 'react-i18next';
import { fieldIssueMessages, NOT_A_CHOICE, notARecord } from '@shared/fields/field-issues';
import { taskFormMessages } from '@shared/fields/task-form-issues';
import { RecordStoreEntities } from '@shared/records/fields';
import { useIssueText } from './ErrorText';

type FieldIssue = keyof typeof fieldIssueMessages;

/**
 * A field issue from the API (of a record's or an item's fields) in the user's language; the
 * general validation messages too.
 */
export function useFieldIssueText() {
  const { t } = useTranslation();
  const general = useIssueText();
  return (message: string): string => {
    const known = (Object.keys(fieldIssueMessages) as FieldIssue[]).find((k) => fieldIssueMessages[k] === message);
    if (known) return t(`fieldIssues.${known}`);
    if (message === taskFormMessages.notEditable) return t('forms.notEditable');
    if (message.startsWith(NOT_A_CHOICE)) return t('fieldIssues.notChoice');
    const entity = RecordStoreEntities.find((e) => notARecord(e) === message);
    if (entity) return t('fieldIssues.notRecord', { entity: t(`records.entity.${entity}`) });
    return general(message);
  };
}
