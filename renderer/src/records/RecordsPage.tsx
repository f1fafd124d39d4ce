import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrmRecord } from '@shared/model/record';
import { RecordStoreEntities, type RecordFieldSpec, type StoredEntity, TASK_DONE } from '@shared/records/fields';
import { recordOptions } from '@shared/records/options';
import type { TaskState } from '@shared/records/task-state';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { ErrorBox } from '../ui/ErrorText';
import { Icon } from '../ui/icons';
import { NamedSelect } from '../ui/NamedSelect';
import { useToast } from '../ui/Toast';
import {
  emptyFilter,
  fieldText,
  filterableChoices,
  type RecordListFilter,
  type SortKey,
  visibleRecords,
} from './record-view';
import { RecordForm } from './RecordForm';
import { RecordPanel } from './RecordPanel';
import { RecordTable } from './RecordTable';
import './records.css';

const taskStates: TaskState[] = ['open', 'overdue', 'done'];
const isEntity = (value: string | undefined): value is StoredEntity =>
  (RecordStoreEntities as readonly string[]).includes(value ?? '');

/** Records: a tab per entity, a list with search, filters and sorting, one record beside it, and a form to create or edit. */
export function RecordsPage({ path }: { path: string[] }) {
  const { t, i18n } = useTranslation();
  const client = useApp((s) => s.client);
  const directory = useApp((s) => s.directory);
  const entity: StoredEntity = isEntity(path[0]) ? path[0] : 'deal';
  const openId = path[1] ? decodeURIComponent(path[1]) : undefined;
  const [records, setRecords] = useState<CrmRecord[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [filters, setFilters] = useState<Partial<Record<StoredEntity, RecordListFilter>>>({});
  const [editing, setEditing] = useState<{ record?: CrmRecord } | null>(null);
  const [now, setNow] = useState(() => new Date());
  const toast = useToast();
  const ids = useId();

  const reload = useCallback(async () => {
    try {
      setRecords(await client.call('records.list', { limit: 5000 }));
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
    setNow(new Date());
  }, [client]);
  useEffect(() => void reload(), [reload]);
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);
  const text = useCallback(
    (spec: RecordFieldSpec, value: unknown) => fieldText(spec, value, directory, byId, i18n.language),
    [directory, byId, i18n.language],
  );
  const filter = filters[entity] ?? emptyFilter();
  const setFilter = (change: Partial<RecordListFilter>) =>
    setFilters((prev) => ({ ...prev, [entity]: { ...filter, ...change } }));
  const visible = useMemo(
    () => visibleRecords(records ?? [], entity, filter, text, now),
    [records, entity, filter, text, now],
  );
  const counts = useMemo(
    () => Object.fromEntries(RecordStoreEntities.map((e) => [e, (records ?? []).filter((r) => r.entity === e).length])),
    [records],
  );
  const filtered =
    filter.search.trim() !== '' ||
    filter.responsible !== '' ||
    filter.taskState !== '' ||
    Object.values(filter.choices).some(Boolean);

  const saved = async (record: CrmRecord) => {
    setEditing(null);
    toast.show(t('records.saved', { name: record.title }));
    await reload();
  };
  const markDone = async (record: CrmRecord) => {
    try {
      await client.call('records.update', { id: record.id, fields: { status: TASK_DONE } });
      toast.show(t('records.markedDone', { name: record.title }));
    } catch (error) {
      setLoadError(error);
    }
    await reload();
  };

  return (
    <section className="page records-page">
      <header className="page-head">
        <div>
          <h1>{t('records.title')}</h1>
          <p className="muted">{t('records.subtitle')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="primary" onClick={() => setEditing({})}>
            <Icon name="plus" size={16} /> {t('records.new')} · {t(`records.entity.${entity}`)}
          </button>
        </div>
      </header>
      <div className="tabs">
        {/* Only the tabs in the tablist: the links to the Directory beside them are no tabs (ARIA). */}
        <div className="tab-group" role="tablist">
          {RecordStoreEntities.map((e) => (
            <button
              key={e}
              type="button"
              role="tab"
              aria-selected={e === entity}
              className={e === entity ? 'active' : undefined}
              onClick={() => navigate('records', e)}
            >
              {t(`records.tabs.${e}`)} <span className="count">{counts[e] ?? 0}</span>
            </button>
          ))}
        </div>
        <span className="tabs-divider" aria-hidden="true" />
        <a className="tab-link" href="#/directory/contacts" title={t('records.inDirectory')}>
          {t('records.tabs.contact')} <Icon name="directory" size={14} />
        </a>
        <a className="tab-link" href="#/directory/organisations" title={t('records.inDirectory')}>
          {t('records.tabs.organisation')} <Icon name="directory" size={14} />
        </a>
      </div>
      <div className="toolbar records-toolbar">
        <div className="records-filters">
          <label className="search">
            <Icon name="search" size={16} />
            <input
              type="search"
              placeholder={t('common.search')}
              aria-label={t('common.search')}
              value={filter.search}
              onChange={(e) => setFilter({ search: e.target.value })}
            />
          </label>
          {filterableChoices(entity).map((spec) => (
            <div key={spec.key} className="filter">
              <label htmlFor={`${ids}-${spec.key}`}>{t(`records.fields.${entity}.${spec.key}`)}</label>
              <NamedSelect
                id={`${ids}-${spec.key}`}
                value={filter.choices[spec.key] ?? ''}
                options={recordOptions[spec.options!].map((o) => ({ id: o, name: o }))}
                empty={t('records.any')}
                onChange={(v) => setFilter({ choices: { ...filter.choices, [spec.key]: v } })}
              />
            </div>
          ))}
          <div className="filter">
            <label htmlFor={`${ids}-responsible`}>{t(`records.fields.${entity}.responsible`)}</label>
            <NamedSelect
              id={`${ids}-responsible`}
              value={filter.responsible}
              options={directory.users}
              empty={t('records.anyone')}
              onChange={(v) => setFilter({ responsible: v })}
            />
          </div>
          {entity === 'task' && (
            <div className="segmented" role="group" aria-label={t('records.taskState')}>
              {(['', ...taskStates] as const).map((s) => (
                <button
                  key={s || 'all'}
                  type="button"
                  aria-pressed={filter.taskState === s}
                  className={filter.taskState === s ? 'active' : undefined}
                  onClick={() => setFilter({ taskState: s })}
                >
                  {s ? t(`records.taskStates.${s}`) : t('records.any')}
                </button>
              ))}
            </div>
          )}
          <div className="filter">
            <label htmlFor={`${ids}-sort`}>{t('records.sortBy')}</label>
            <select
              id={`${ids}-sort`}
              value={filter.sort}
              onChange={(e) => setFilter({ sort: e.target.value as SortKey })}
            >
              <option value="updated">{t('records.sort.updated')}</option>
              {entity === 'task' && <option value="due">{t('records.sort.due')}</option>}
              <option value="title">{t('records.sort.title')}</option>
            </select>
          </div>
        </div>
        <span className="muted" role="status">
          {records ? t('records.count', { count: visible.length }) : ''}
        </span>
      </div>
      {loadError !== null && <ErrorBox error={loadError} />}
      <div className={`records-layout${openId ? ' with-panel' : ''}`}>
        {records === null ? (
          <div className="empty">{t('records.loading')}</div>
        ) : visible.length === 0 ? (
          <div className="empty">{filtered ? t('records.noMatch') : t('records.empty')}</div>
        ) : (
          <RecordTable
            entity={entity}
            records={visible}
            text={text}
            now={now}
            selectedId={openId}
            onEdit={(record) => setEditing({ record })}
            onMarkDone={(r) => void markDone(r)}
          />
        )}
        {openId && records && (
          <RecordPanel
            entity={entity}
            record={byId.get(openId)}
            text={text}
            now={now}
            onClose={() => navigate('records', entity)}
            onEdit={(record) => setEditing({ record })}
            onMarkDone={(r) => void markDone(r)}
          />
        )}
      </div>
      {editing && (
        <RecordForm
          entity={entity}
          record={editing.record}
          records={records ?? []}
          onCancel={() => setEditing(null)}
          onSaved={(r) => void saved(r)}
        />
      )}
      {toast.view}
    </section>
  );
}
