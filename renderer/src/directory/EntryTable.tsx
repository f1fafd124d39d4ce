import { useTranslation } from 'react-i18next';
import { directoryFields, entryLabel, type FieldSpec } from '@shared/directory';
import type { AccountInfo } from '@shared/api/auth-contract';
import type { Directory, DirectoryEntry, DirectoryKind, User } from '@shared/model/directory';
import { Icon } from '../ui/icons';
import { Cell, ResolutionCell } from './cells';

interface Props {
  kind: DirectoryKind;
  entries: DirectoryEntry[];
  directory: Directory;
  onEdit(entry: DirectoryEntry): void;
  onDelete(entry: DirectoryEntry): void;
  /** With these, rows get a checkbox (for a mailing). */
  selected?: ReadonlySet<string>;
  onSelect?(ids: string[], on: boolean): void;
  /** Users: their sign-ins, and what opens one. */
  accounts?: ReadonlyMap<string, AccountInfo>;
  onAccount?(entry: User): void;
}

export function EntryTable({
  kind,
  entries,
  directory,
  onEdit,
  onDelete,
  selected,
  onSelect,
  accounts,
  onAccount,
}: Props) {
  const { t } = useTranslation();
  const columns = (directoryFields[kind] as FieldSpec[]).filter((f) => f.column);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            {onSelect && (
              <th className="select-col">
                <input
                  type="checkbox"
                  aria-label={t('mailing.selectAll')}
                  checked={entries.length > 0 && entries.every((e) => selected?.has(e.id))}
                  onChange={(e) =>
                    onSelect(
                      entries.map((x) => x.id),
                      e.target.checked,
                    )
                  }
                />
              </th>
            )}
            {columns.map((c) => (
              <th key={c.key}>{t(`directory.fields.${c.key}`)}</th>
            ))}
            {kind === 'users' && <th>{t('directory.resolution.column')}</th>}
            {onAccount && <th>{t('auth.account.column')}</th>}
            <th className="actions-col" aria-label={t('common.edit')} />
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} onDoubleClick={() => onEdit(entry)}>
              {onSelect && (
                <td className="select-col">
                  <input
                    type="checkbox"
                    aria-label={t('mailing.select', { name: entryLabel(kind, entry, directory) })}
                    checked={selected?.has(entry.id) ?? false}
                    onChange={(e) => onSelect([entry.id], e.target.checked)}
                  />
                </td>
              )}
              {columns.map((c) => (
                <td key={c.key} className={c.kind === 'email' ? 'email' : undefined}>
                  <Cell field={c} entry={entry} directory={directory} />
                </td>
              ))}
              {kind === 'users' && (
                <td>
                  <ResolutionCell user={entry as User} directory={directory} />
                </td>
              )}
              {onAccount && (
                <td>{accounts?.get(entry.id)?.login ?? <span className="muted">{t('auth.account.none')}</span>}</td>
              )}
              <td className="actions-col">
                {onAccount && (
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => onAccount(entry as User)}
                    aria-label={t('auth.account.manage', { name: entryLabel(kind, entry, directory) })}
                    title={t('auth.account.manage', { name: entryLabel(kind, entry, directory) })}
                  >
                    <Icon name="key" size={16} />
                  </button>
                )}
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => onEdit(entry)}
                  aria-label={t('common.edit')}
                  title={t('common.edit')}
                >
                  <Icon name="pencil" size={16} />
                </button>
                <button
                  type="button"
                  className="icon-button danger"
                  onClick={() => onDelete(entry)}
                  aria-label={t('common.delete')}
                  title={t('common.delete')}
                >
                  <Icon name="trash" size={16} />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
