import { useTranslation } from 'react-i18next';
import type { Addressee } from '@shared/model/message-setting';
import type { Destination } from '@shared/model/workflow-nodes';
import { Icon } from '../../../ui/icons';
import { SearchPicker } from '../../../ui/SearchPicker';
import { useLookups } from '../context';
import { Select } from './controls';

type Who = Destination | Addressee;
type WhoType = Who['type'];

const blank = (type: WhoType, withList: boolean): Who => {
  const list = withList ? { showInTaskList: true } : {};
  switch (type) {
    case 'users':
      return { type, userIds: [], ...list } as Who;
    case 'role':
      return { type, roleId: '', ...list } as Who;
    case 'userField':
    case 'contactField':
      return { type, field: '', ...list } as Who;
    default:
      return { type, ...list } as Who;
  }
};

interface Props<W extends Who> {
  value: W;
  types: readonly W['type'][];
  onChange(value: W): void;
  fieldListId?: string;
}

/** One destination or addressee: its kind, and who exactly (users, a role, a field). */
export function WhoRow<W extends Who>({ value, types, onChange, fieldListId }: Props<W>) {
  const { t } = useTranslation();
  const { directory } = useLookups();
  const withList = 'showInTaskList' in value;
  return (
    <div className="who-row">
      <Select
        value={value.type}
        options={types.map((ty) => ({ value: ty, label: t(`design.whoTypes.${ty}`) }))}
        onChange={(ty) => onChange(blank(ty as WhoType, withList) as W)}
      />
      {value.type === 'role' && (
        <Select
          value={value.roleId}
          empty={t('design.pick')}
          options={directory.roles.map((r) => ({ value: r.id, label: r.name }))}
          onChange={(roleId) => onChange({ ...value, roleId })}
        />
      )}
      {value.type === 'users' && (
        <SearchPicker
          label={t('design.whoTypes.users')}
          options={directory.users.map((u) => ({ id: u.id, label: u.name, ...(u.email ? { hint: u.email } : {}) }))}
          value={value.userIds}
          onChange={(userIds) => onChange({ ...value, userIds })}
        />
      )}
      {(value.type === 'userField' || value.type === 'contactField') && (
        <input
          type="text"
          list={fieldListId}
          placeholder={t('design.fieldName')}
          value={value.field}
          onChange={(e) => onChange({ ...value, field: e.target.value })}
        />
      )}
      {withList && (
        <label className="prop-check small">
          <input
            type="checkbox"
            checked={(value as Destination).showInTaskList}
            onChange={(e) => onChange({ ...value, showInTaskList: e.target.checked })}
          />
          {t('design.task.showInTaskList')}
        </label>
      )}
    </div>
  );
}

/** A list of destinations (tasks) or addressees (notify), each removable. */
export function WhoList<W extends Who>({
  items,
  types,
  onChange,
  fieldListId,
  addLabel,
  withTaskList,
}: {
  items: W[];
  types: readonly W['type'][];
  onChange(items: W[]): void;
  fieldListId?: string;
  addLabel: string;
  /** Destinations say whether the task shows in the task list; addressees do not. */
  withTaskList: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="who-list">
      {items.map((item, i) => (
        <div key={i} className="who-item">
          <WhoRow
            value={item}
            types={types}
            fieldListId={fieldListId}
            onChange={(v) => onChange(items.map((x, j) => (j === i ? v : x)))}
          />
          <button
            type="button"
            className="icon-button danger"
            aria-label={t('common.delete')}
            onClick={() => onChange(items.filter((_, j) => j !== i))}
          >
            <Icon name="trash" size={14} />
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => onChange([...items, blank(types[0]!, withTaskList) as W])}
      >
        <Icon name="plus" size={14} /> {addLabel}
      </button>
    </div>
  );
}
