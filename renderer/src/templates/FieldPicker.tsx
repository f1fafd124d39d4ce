import { useTranslation } from 'react-i18next';
import { pickerFields } from '../../../shared/messages/fields';
import type { ItemType } from '../../../shared/model/item-type';

/** The data collections and their fields; a click inserts {{Field}} where the cursor is. */
export function FieldPicker({ itemType, onPick }: { itemType?: ItemType; onPick(path: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="field-picker" aria-label={t('templates.fields')}>
      <h3>{t('templates.fields')}</h3>
      {pickerFields(itemType).map((group) => (
        <details key={group.collection} open={group.collection === 'Item' || group.collection === 'Recipient'}>
          <summary>{t(`templates.collections.${group.collection}`)}</summary>
          {group.fields.map((f) => (
            <button key={f} type="button" className="field-chip" onClick={() => onPick(f)} title={`{{${f}}}`}>
              {f.split('.')[1]}
            </button>
          ))}
        </details>
      ))}
    </div>
  );
}
