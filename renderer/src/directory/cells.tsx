import { useTranslation } from 'react-i18next';
import { entryLabel, type FieldSpec, resolveUserEmail } from '@shared/directory';
import type { Directory, DirectoryEntry, DirectoryKind, User } from '@shared/model/directory';

/** Turn referenced ids into names. */
export const refLabel = (directory: Directory, kind: DirectoryKind, id: string): string => {
  const target = (directory[kind] as DirectoryEntry[]).find((e) => e.id === id);
  return target ? entryLabel(kind, target, directory) : id;
};

/** Plain-text value of a cell, used for display and for search. */
export function cellText(
  field: FieldSpec,
  entry: DirectoryEntry,
  directory: Directory,
  yes: string,
  no: string,
): string {
  const value = (entry as Record<string, unknown>)[field.key];
  if (value === undefined || value === '') return '';
  switch (field.kind) {
    case 'boolean':
      return value ? yes : no;
    case 'ref':
      return refLabel(directory, field.ref!, String(value));
    case 'refs':
      return (value as string[]).map((id) => refLabel(directory, field.ref!, id)).join(', ');
    default:
      return String(value);
  }
}

export function Cell({ field, entry, directory }: { field: FieldSpec; entry: DirectoryEntry; directory: Directory }) {
  const { t } = useTranslation();
  const value = (entry as Record<string, unknown>)[field.key];
  if (field.kind === 'boolean')
    return <span className={`pill ${value ? 'pill-yes' : 'pill-no'}`}>{value ? t('common.yes') : t('common.no')}</span>;
  if (field.kind === 'refs' && Array.isArray(value) && value.length)
    return (
      <span className="chips">
        {value.map((id: string) => (
          <span key={id} className="chip">
            {refLabel(directory, field.ref!, id)}
          </span>
        ))}
      </span>
    );
  if (field.kind === 'language' && typeof value === 'string') return <>{t(`languages.${value as 'nl'}`)}</>;
  const text = cellText(field, entry, directory, '', '');
  return text ? <>{text}</> : <span className="muted">{t('common.none')}</span>;
}

/** Where a user's mail goes by the fallback chain, and what was tried before. */
export function ResolutionCell({ user, directory }: { user: User; directory: Directory }) {
  const { t } = useTranslation();
  const r = resolveUserEmail(directory, user);
  const tried = r.chain.map((s) => t(`directory.resolution.${s.source}`)).join(' → ');
  return (
    <span
      className={`resolution ${r.address ? '' : 'resolution-none'}`}
      title={t('directory.resolution.tried', { steps: tried })}
    >
      {r.address ? (
        <>
          <span>{r.address}</span>
          <small>{t(`directory.resolution.${r.source!}`)}</small>
        </>
      ) : (
        <span>{t('directory.resolution.none')}</span>
      )}
    </span>
  );
}
