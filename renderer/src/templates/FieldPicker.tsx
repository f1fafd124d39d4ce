import { useTranslation } from 'react-i18next';
import type { Collection } from '@shared/messages/fields';

export type FieldGroups = { collection: string; fields: string[] }[];

/** The collections the message's source can fill, with their fields; a click inserts {{Field}} at the cursor. */
export function FieldPicker({ groups, onPick }: { groups: FieldGroups; onPick(path: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="field-picker" aria-label={t('templates.fields')}>
      <h3>{t('templates.fields')}</h3>
      {groups.map((group) => (
        <details
          key={group.collection}
          open={group.collection === 'Item' || group.collection === 'Record' || group.collection === 'Recipient'}
        >
          <summary>{t(`templates.collections.${group.collection as Collection}`)}</summary>
          {group.fields.map((f) => (
            <button key={f} type="button" className="field-chip" onClick={() => onPick(f)} title={`{{${f}}}`}>
              {f.slice(group.collection.length + 1)}
            </button>
          ))}
        </details>
      ))}
      <details>
        <summary>{t('actFromMail.pickerHeading')}</summary>
        <button
          type="button"
          className="field-chip"
          onClick={() => onPick('actions')}
          title={`{{actions}} — ${t('actFromMail.actionsHint')}`}
        >
          {t('actFromMail.actionsChip')}
        </button>
      </details>
    </div>
  );
}
