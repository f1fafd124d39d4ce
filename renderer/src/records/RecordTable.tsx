import { useTranslation } from 'react-i18next';
import type { CrmRecord } from '@shared/model/record';
import { recordFields, type RecordFieldSpec, type StoredEntity } from '@shared/records/fields';
import { isTaskDone, taskState } from '@shared/records/task-state';
import { Icon } from '../ui/icons';
import { TimeTracked } from './cells';

interface Props {
  entity: StoredEntity;
  records: CrmRecord[];
  /** A field's value as shown (names, local times). */
  text(spec: RecordFieldSpec, value: unknown): string;
  now: Date;
  selectedId?: string;
  onEdit(record: CrmRecord): void;
  onMarkDone(record: CrmRecord): void;
}

/** The list of one entity's records: the title (opens the record), the spec's columns, for tasks the time and "mark done"; when a record changed is in its panel (and the default order). */
export function RecordTable({ entity, records, text, now, selectedId, onEdit, onMarkDone }: Props) {
  const { t } = useTranslation();
  const columns = recordFields[entity].filter((f) => f.column);
  const isTask = entity === 'task';
  return (
    <div className="table-wrap">
      <table className="table records-table">
        <thead>
          <tr>
            <th>{t('records.titleField')}</th>
            {columns.map((c) => (
              <th key={c.key}>{t(`records.fields.${entity}.${c.key}`)}</th>
            ))}
            {isTask && <th>{t('records.time')}</th>}
            <th className="actions-col" aria-label={t('common.edit')} />
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const overdue = isTask && taskState(record, now) === 'overdue';
            return (
              <tr
                key={record.id}
                className={
                  [overdue ? 'record-overdue' : '', record.id === selectedId ? 'record-selected' : '']
                    .join(' ')
                    .trim() || undefined
                }
                onDoubleClick={() => onEdit(record)}
              >
                <td className="record-title">
                  <a
                    href={`#/records/${entity}/${encodeURIComponent(record.id)}`}
                    aria-current={record.id === selectedId ? 'true' : undefined}
                  >
                    {record.title}
                  </a>
                </td>
                {columns.map((c) => (
                  <td
                    key={c.key}
                    className={c.kind === 'number' ? 'num nowrap' : c.kind === 'dateTime' ? 'nowrap' : undefined}
                  >
                    {text(c, record.fields[c.key]) || <span className="muted">{t('common.none')}</span>}
                    {c.key === 'dueDate' && overdue && (
                      <span className="pill pill-overdue">{t('records.overdue')}</span>
                    )}
                  </td>
                ))}
                {isTask && (
                  <td className="nowrap">
                    <TimeTracked task={record} compact />
                  </td>
                )}
                <td className="actions-col">
                  {isTask && !isTaskDone(record) && (
                    <button
                      type="button"
                      className="icon-button"
                      onClick={() => onMarkDone(record)}
                      aria-label={`${t('records.markDone')}: ${record.title}`}
                      title={t('records.markDone')}
                    >
                      <Icon name="check" size={16} />
                    </button>
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => onEdit(record)}
                    aria-label={`${t('common.edit')}: ${record.title}`}
                    title={t('common.edit')}
                  >
                    <Icon name="pencil" size={16} />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
