import { useTranslation } from 'react-i18next';
import { entryLabel } from '@shared/directory';
import { formatLocaleDate, formatLocaleNumber, formatMoney } from '@shared/fields/locale-number';
import type { Directory } from '@shared/model/directory';
import type { FieldDef } from '@shared/model/item-type';
import type { Attachment } from '@shared/model/template';
import { useApp } from '../state/context';
import { useLanguage } from './field-text';
import { isAttachment } from './form-values';

/** The name of the user, contact or organisation an id names (the id itself when it is gone). */
function nameOf(kind: 'user' | 'contact' | 'organisation', id: string, directory: Directory): string {
  if (kind === 'user') return directory.users.find((u) => u.id === id)?.name ?? id;
  if (kind === 'contact') {
    const c = directory.contacts.find((x) => x.id === id);
    return c ? entryLabel('contacts', c) : id;
  }
  const o = directory.organisations.find((x) => x.id === id);
  return o ? entryLabel('organisations', o) : id;
}

/** Offers an item's attached file for download (those who may see the item may). */
function DownloadLink({ itemId, file }: { itemId: string; file: Attachment }) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const download = async () => {
    const got = await client.call('items.attachment', { itemId, attachmentId: file.id });
    const bytes = Uint8Array.from(atob(got.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: got.contentType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = got.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button
      type="button"
      className="link"
      title={t('forms.download', { name: file.name })}
      onClick={() => void download()}
    >
      {file.name}
    </button>
  );
}

/** An item field's stored value as people read it, in the UI language: € 6.250,50, 26 nov 2026, Ja, a name. */
export function FieldValue({ def, value, itemId }: { def: FieldDef | undefined; value: unknown; itemId?: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const directory = useApp((s) => s.directory);
  if (value === undefined || value === null || value === '') return <>{t('common.none')}</>;
  if (isAttachment(value)) return itemId ? <DownloadLink itemId={itemId} file={value} /> : <>{value.name}</>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  switch (def?.type) {
    case 'money':
      return <>{typeof value === 'number' ? formatMoney(value, lang) : String(value)}</>;
    case 'number':
      return <>{typeof value === 'number' ? formatLocaleNumber(value, lang) : String(value)}</>;
    case 'date':
      return <>{formatLocaleDate(String(value), lang)}</>;
    case 'user':
    case 'contact':
    case 'organisation':
      return <>{nameOf(def.type, String(value), directory)}</>;
    default:
      return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
  }
}
