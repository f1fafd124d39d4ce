import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrmRecord } from '@shared/model/record';
import { recordFields, type RecordFieldSpec, type StoredEntity } from '@shared/records/fields';
import { isTaskDone, taskState } from '@shared/records/task-state';
import { Icon } from '../ui/icons';
import { formatDateTime } from '../ui/format';
import { TimeTracked } from './cells';

interface Props {
  entity: StoredEntity;
  record: CrmRecord | undefined;
  text(spec: RecordFieldSpec, value: unknown): string;
  now: Date;
  onClose(): void;
  onEdit(record: CrmRecord): void;
  onMarkDone(record: CrmRecord): void;
}

/** One record beside the list: every field, when it was made and changed; edit, and for a task "mark done". */
export function RecordPanel({ entity, record, text, now, onClose, onEdit, onMarkDone }: Props) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [record?.id]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
  };
  return (
    <aside className="record-panel" aria-labelledby="record-panel-title" onKeyDown={onKeyDown}>
      <header>
        <div>
          <span className="muted small">{t(`records.entity.${entity}`)}</span>
          <h2 id="record-panel-title" ref={heading} tabIndex={-1}>
            {record?.title ?? t('records.notFound')}
          </h2>
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('records.close')}
          title={t('records.close')}
        >
          <Icon name="close" />
        </button>
      </header>
      {record && (
        <>
          <div className="record-panel-actions">
            <button type="button" onClick={() => onEdit(record)}>
              <Icon name="pencil" size={16} /> {t('common.edit')}
            </button>
            {entity === 'task' && !isTaskDone(record) && (
              <button type="button" className="primary" onClick={() => onMarkDone(record)}>
                <Icon name="check" size={16} /> {t('records.markDone')}
              </button>
            )}
          </div>
          <dl className="record-facts">
            {recordFields[entity].map((spec) => {
              const value = text(spec, record.fields[spec.key]);
              return (
                <div key={spec.key}>
                  <dt>{t(`records.fields.${entity}.${spec.key}`)}</dt>
                  <dd className={spec.kind === 'longText' ? 'record-long' : undefined}>
                    {value || <span className="muted">{t('common.none')}</span>}
                    {spec.key === 'dueDate' && taskState(record, now) === 'overdue' && (
                      <span className="pill pill-overdue">{t('records.overdue')}</span>
                    )}
                  </dd>
                </div>
              );
            })}
            {entity === 'task' && (
              <div>
                <dt>{t('records.time')}</dt>
                <dd>
                  <TimeTracked task={record} />
                </dd>
              </div>
            )}
            <div>
              <dt>{t('records.created')}</dt>
              <dd>{formatDateTime(record.createdAt, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('records.updated')}</dt>
              <dd>{formatDateTime(record.updatedAt, i18n.language)}</dd>
            </div>
          </dl>
        </>
      )}
    </aside>
  );
}
