import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemType } from '../../../shared/model/item-type';
import { useApp } from '../state/context';
import { navigate } from '../state/route';
import { Dialog } from '../ui/Dialog';
import { ErrorBox, fieldIssues } from '../ui/ErrorText';
import { useFieldIssueText } from '../ui/field-issue-text';
import { FormRow } from '../ui/FormRow';
import { type FieldInputValue, itemFieldValues } from './item-field-values';
import { ItemFieldInput } from './ItemFieldInput';

/** Submit a new item of a type; it enters that type's published workflow. The API's problems show at their fields. */
export function NewItemDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const formId = useId();
  const client = useApp((s) => s.client);
  const directory = useApp((s) => s.directory);
  const [types, setTypes] = useState<ItemType[]>([]);
  const [typeId, setTypeId] = useState('');
  const [subject, setSubject] = useState('');
  const [values, setValues] = useState<Record<string, FieldInputValue>>({});
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const issueText = useFieldIssueText();
  useEffect(() => {
    client.call('itemTypes.list').then((list) => {
      setTypes(list);
      setTypeId((id) => id || list[0]?.id || '');
    }, setError);
  }, [client]);
  const type = types.find((x) => x.id === typeId);
  const defs = type?.fields ?? [];
  const { byField, onlyFields } = fieldIssues(error, /^fields\./, ['subject', ...defs.map((d) => d.key)], issueText);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const fields = itemFieldValues(defs, values);
      const item = await client.call('items.submit', { itemTypeId: typeId, subject, fields });
      navigate('work', 'item', item.id);
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  const chooseType = (id: string) => {
    setTypeId(id);
    setValues({});
    setError(null);
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
        <FormRow id={`${formId}-subject`} label={t('templates.subject')} required problem={byField.get('subject')}>
          <input
            id={`${formId}-subject`}
            type="text"
            value={subject}
            aria-invalid={byField.has('subject') || undefined}
            onChange={(e) => setSubject(e.target.value)}
          />
        </FormRow>
        {defs.map((def) => {
          const id = `${formId}-${def.key}`;
          const problem = byField.get(def.key);
          return (
            <FormRow
              key={`${typeId}-${def.key}`}
              id={id}
              label={def.label}
              required={def.required}
              problem={problem}
              inline={def.type === 'boolean'}
            >
              <ItemFieldInput
                def={def}
                id={id}
                value={values[def.key]}
                directory={directory}
                invalid={problem !== undefined}
                onChange={(v) => setValues((prev) => ({ ...prev, [def.key]: v }))}
              />
            </FormRow>
          );
        })}
        {error !== null &&
          (onlyFields ? (
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
