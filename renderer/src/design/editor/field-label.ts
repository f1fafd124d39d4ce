import type { TFunction } from 'i18next';
import { recordFields, RecordStoreEntities } from '@shared/records/fields';
import type { EditorLookups } from './context';

/**
 * A field a step names (`responsible`, `dueDate`, an item type's `bedrag`) as people know it: the
 * label an item type gives it, else a record field's name in the UI language, else the key itself.
 */
export function fieldLabel(key: string, l: EditorLookups, t: TFunction): string {
  for (const type of l.itemTypes) {
    const field = type.fields.find((f) => f.key === key);
    if (field) return field.label;
  }
  const entity = RecordStoreEntities.find((e) => recordFields[e].some((f) => f.key === key));
  return entity ? t(`records.fields.${entity}.${key}`) : key;
}
