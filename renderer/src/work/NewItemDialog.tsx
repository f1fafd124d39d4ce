import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemType } from '../../../shared/model/item-type';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';

/** Submit a new item of a type; it enters that type's published workflow. */
export function NewItemDialog({ userId, onClose }: { userId: string; onClose(): void }) {
  const { t } = useTranslation();
  const client = useApp((s) => s.client);
  const [types, setTypes] = useState<ItemType[]>([]);
  const [typeId, setTypeId] = useState('');
  const [subject, setSubject] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    client.call('itemTypes.list').then((list) => {
      setTypes(list);
      setTypeId((id) => id || list[0]?.id || '');
    }, setError);
  }, [client]);
  const type = types.find((x) => x.id === typeId);
  const submit = async () => {
    try {
      const item = await client.call('items.submit', { itemTypeId: typeId, subject, fields, submitterUserId: userId });
      navigate('work', 'item', item.id);
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Dialog
      title={t('work.newItem')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={!typeId || !subject.trim()} onClick={() => void submit()}>
            {t('work.submit')}
          </button>
        </>
      }
    >
      <div className="form">
        <div className="form-row">
          <label htmlFor="item-type">{t('design.settings.itemType')}</label>
          <select id="item-type" value={typeId} onChange={(e) => setTypeId(e.target.value)}>
            {types.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor="item-subject">{t('templates.subject')}</label>
          <input id="item-subject" type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        {type?.fields.map((f) => (
          <div key={f.key} className="form-row">
            <label htmlFor={`item-${f.key}`}>{f.label}</label>
            {f.options ? (
              <select id={`item-${f.key}`} value={fields[f.key] ?? ''} onChange={(e) => setFields({ ...fields, [f.key]: e.target.value })}>
                <option value="">—</option>
                {f.options.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </select>
            ) : (
              <input id={`item-${f.key}`} type={f.type === 'date' ? 'date' : f.type === 'number' ? 'number' : 'text'} value={fields[f.key] ?? ''} onChange={(e) => setFields({ ...fields, [f.key]: e.target.value })} />
            )}
          </div>
        ))}
        {error !== null && <ErrorBox error={error} />}
      </div>
    </Dialog>
  );
}
