import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormRowProps {
  id: string;
  label: string;
  required?: boolean;
  problem?: string;
  inline?: boolean;
  /** The field is a group of inputs (checkboxes): no <label> can name it, so its name is `${id}-label`. */
  group?: boolean;
  children: ReactNode;
}

/** One labelled field of a form, with its problem (from the API) under it. */
export function FormRow({ id, label, required, problem, inline, group, children }: FormRowProps) {
  const name = (
    <>
      {label}
      {required && <span className="required"> *</span>}
    </>
  );
  return (
    <div className={`form-row${inline ? ' form-row-inline' : ''}`}>
      {group ? (
        <span className="label" id={`${id}-label`}>
          {name}
        </span>
      ) : (
        <label htmlFor={id}>{name}</label>
      )}
      {children}
      {problem && <p className="field-error">{problem}</p>}
    </div>
  );
}

/** The footer of a dialog that holds a form: cancel, and save (which submits the form `formId`). */
export function FormFooter({ formId, saving, onCancel }: { formId: string; saving: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" form={formId} className="primary" disabled={saving}>
        {saving ? t('common.saving') : t('common.save')}
      </button>
    </>
  );
}
