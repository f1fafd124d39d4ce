import type { FieldDef } from '@shared/model/item-type';
import type { TaskFormMode } from '@shared/model/task-form';
import { fieldHelp, fieldLabel, useLanguage } from './field-text';
import { FieldInput } from './FieldInput';
import { FieldValue } from './FieldValue';
import type { FormValue, FormValues } from './form-values';

export interface ItemFormField {
  def: FieldDef;
  /** How the form shows it: a new item's fields are all editable, required as the type says. */
  mode: TaskFormMode;
  /** A note under the field (e.g. which actions need it). */
  note?: string | undefined;
}

interface Props {
  /** Prefix of the inputs' ids (unique on the page). */
  idPrefix: string;
  fields: readonly ItemFormField[];
  values: FormValues;
  /** The item's stored values (what read-only fields show). */
  stored?: Record<string, unknown>;
  /** Problems by field key, in words (the server's, or typed text that could not be read). */
  problems: ReadonlyMap<string, string>;
  itemId?: string | undefined;
  onChange(key: string, value: FormValue | undefined): void;
}

/**
 * The one form of an item's fields, for a new item and for a task: a labelled input per field in
 * the UI language, with its help, a required mark and its problem; read-only fields as values.
 */
export function ItemForm({ idPrefix, fields, values, stored = {}, problems, itemId, onChange }: Props) {
  const lang = useLanguage();
  return (
    <>
      {fields.map(({ def, mode, note }) => {
        const id = `${idPrefix}-${def.key}`;
        const problem = problems.get(def.key);
        const help = fieldHelp(def, lang);
        const label = fieldLabel(def, lang);
        if (mode === 'readOnly') {
          return (
            <div key={def.key} className="form-row">
              <span className="label" id={id}>
                {label}
              </span>
              <span aria-labelledby={id} data-field={def.key}>
                <FieldValue def={def} value={stored[def.key]} {...(itemId ? { itemId } : {})} />
              </span>
            </div>
          );
        }
        const required = mode === 'required' || def.required;
        const helpId = help || note ? `${id}-help` : undefined;
        return (
          <div key={def.key} className={`form-row${def.type === 'boolean' ? ' form-row-inline' : ''}`}>
            <label htmlFor={id}>
              {label}
              {required && <span className="required"> *</span>}
            </label>
            <FieldInput
              def={{ ...def, required }}
              id={id}
              value={values[def.key]}
              invalid={problem !== undefined}
              describedBy={helpId}
              itemId={itemId}
              onChange={(v) => onChange(def.key, v)}
            />
            {helpId && (
              <p className="muted small field-help" id={helpId}>
                {[help, note].filter(Boolean).join(' · ')}
              </p>
            )}
            {problem && <p className="field-error">{problem}</p>}
          </div>
        );
      })}
    </>
  );
}
