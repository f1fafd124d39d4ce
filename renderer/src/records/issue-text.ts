import { useTranslation } from 'react-i18next';
import { RecordStoreEntities } from '../../../shared/records/fields';
import { NOT_A_CHOICE, notARecord, recordIssueMessages } from '../../../shared/records/validate';
import { useIssueText } from '../ui/ErrorText';

type RecordIssue = keyof typeof recordIssueMessages;

/** A record field issue from the API in the user's language (the general validation messages too). */
export function useRecordIssueText() {
  const { t } = useTranslation();
  const general = useIssueText();
  return (message: string): string => {
    const known = (Object.keys(recordIssueMessages) as RecordIssue[]).find((k) => recordIssueMessages[k] === message);
    if (known) return t(`records.issues.${known}`);
    if (message.startsWith(NOT_A_CHOICE)) return t('records.issues.notChoice');
    const entity = RecordStoreEntities.find((e) => notARecord(e) === message);
    if (entity) return t('records.issues.notRecord', { entity: t(`records.entity.${entity}`) });
    return general(message);
  };
}
