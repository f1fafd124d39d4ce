import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api';
import { formatDateTime } from '../ui/format';

export type NotUnderstoodReply = ApiOutput<'replies.notUnderstood'>[number];

/** Replies to task mails that could not act (issue 14): who, when, about which item, why, and what they wrote. */
export function NotUnderstoodList({ replies }: { replies: readonly NotUnderstoodReply[] }) {
  const { t, i18n } = useTranslation();
  if (!replies.length) return <div className="empty">{t('notUnderstood.none')}</div>;
  return (
    <>
      <p className="muted">{t('notUnderstood.intro')}</p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('notUnderstood.when')}</th>
              <th>{t('notUnderstood.from')}</th>
              <th>{t('notUnderstood.item')}</th>
              <th>{t('notUnderstood.why')}</th>
              <th>{t('notUnderstood.text')}</th>
            </tr>
          </thead>
          <tbody>
            {replies.map((r) => (
              <tr key={r.messageId}>
                <td>{formatDateTime(r.at, i18n.language)}</td>
                <td>{r.from}</td>
                <td>
                  {r.itemId && r.itemNumber ? (
                    <a href={`#/work/item/${r.itemId}`}>{r.itemNumber}</a>
                  ) : (
                    <span className="muted">{r.subject}</span>
                  )}
                </td>
                <td>{t(`notUnderstood.outcomes.${r.outcome}`)}</td>
                <td className="excerpt">{r.excerpt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
