import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemType } from '@shared/model/item-type';
import { fieldValuesOf, type FormValues } from '../forms/form-values';
import { ItemForm } from '../forms/ItemForm';
import { useLanguage } from '../forms/field-text';
import { useFormProblems } from '../forms/useFormProblems';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorText';
import { FormRow } from '../ui/FormRow';
import { useApiCall } from '../ui/use-api-call';

/** Submit a new item of a type; it enters that type's published workflow. The API's problems show at their fields. */
export function NewItemDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const formId = useId();
  const client = useApp((s) => s.client);
  const [types, setTypes] = useState<ItemType[]>([]);
  const [typeId, setTypeId] = useState('');
  const [subject, setSubject] = useState('');
  const [values, setValues] = useState<FormValues>({});
  const { busy: saving, error, setError, run } = useApiCall();
  useEffect(() => {
    client.call('itemTypes.list').then((list) => {
      setTypes(list);
      setTypeId((id) => id || list[0]?.id || '');
    }, setError);
  }, [client, setError]);
  const type = types.find((x) => x.id === typeId);
  const defs = type?.fields ?? [];
  const { problems, onlyFields, setUnread } = useFormProblems(error, ['subject', ...defs.map((d) => d.key)]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const { fields, problems: unread } = fieldValuesOf(defs, values, lang);
    setUnread(unread);
    if (unread.size) return;
    await run(async () => {
      const item = await client.call('items.submit', { itemTypeId: typeId, subject, fields });
      navigate('work', 'item', item.id);
      onClose();
    });
  };
  const chooseType = (id: string) => {
    setTypeId(id);
    setValues({});
    setError(null);
    setUnread(new Map());
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
          <button type="submit" form={formId} className="primary" disabled={!typeId || !subject.trim() || saving}>
            {t('work.submit')}
          </button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        <FormRow id={`${formId}-type`} label={t('design.settings.itemType')}>
          <select id={`${formId}-type`} value={typeId} onChange={(e) => chooseType(e.target.value)}>
            {types.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow id={`${formId}-subject`} label={t('templates.subject')} required problem={problems.get('subject')}>
          <input
            id={`${formId}-subject`}
            type="text"
            value={subject}
            aria-invalid={problems.has('subject') || undefined}
            onChange={(e) => setSubject(e.target.value)}
          />
        </FormRow>
        <ItemForm
          key={typeId}
          idPrefix={formId}
          fields={defs.map((def) => ({ def, mode: 'editable' }))}
          values={values}
          problems={problems}
          onChange={(key, v) => setValues((prev) => ({ ...prev, [key]: v }))}
        />
        {(error !== null || problems.size > 0) &&
          (onlyFields || error === null ? (
            <p className="error-box" role="alert">
              {t('errors.checkFields')}
            </p>
          ) : (
            <ErrorBox error={error} />
          ))}
      </form>
    </Dialog>
  );
}
