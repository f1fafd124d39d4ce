import { useTranslation } from 'react-i18next';

/** One action of the task, by its id and label. */
export interface TaskAction {
  id: string;
  label: string;
}

interface Props {
  /** The form field's label, to name the picker. */
  field: string;
  /** The actions listed on the form field (none: every action). */
  value: readonly string[] | undefined;
  /** The actions that hang off the task now. */
  actions: readonly TaskAction[];
  onChange(actions: string[] | undefined): void;
}

/**
 * Before which actions a required form field must be filled: every action, or only the ticked ones.
 * Actions are kept by id, so a renamed action stays ticked under its new label; one that was removed
 * from the task shows as "removed action", still ticked, until it is unticked (validation names it).
 * The last ticked action cannot be unticked: choose "every action" instead.
 */
export function RequiredBeforePicker({ field, value, actions, onChange }: Props) {
  const { t } = useTranslation();
  const some = (value?.length ?? 0) > 0;
  const picked = new Set(value ?? []);
  const gone = [...picked].filter((id) => !actions.some((a) => a.id === id));
  const listed: TaskAction[] = [...actions, ...gone.map((id) => ({ id, label: t('requiredBefore.removed') }))];
  const toggle = (id: string, on: boolean) => {
    const next = listed.map((a) => a.id).filter((a) => (a === id ? on : picked.has(a)));
    onChange(next.length ? next : undefined);
  };
  return (
    <fieldset className="required-before">
      <legend>{t('requiredBefore.legend', { field })}</legend>
      <label className="prop-check">
        <input type="radio" checked={!some} onChange={() => onChange(undefined)} />
        {t('requiredBefore.every')}
      </label>
      <label className="prop-check">
        <input
          type="radio"
          checked={some}
          disabled={actions.length === 0}
          onChange={() => actions[0] && onChange([actions[0].id])}
        />
        {t('requiredBefore.some')}
      </label>
      {actions.length === 0 && <p className="prop-hint">{t('requiredBefore.noActions')}</p>}
      {some && (
        <ul className="required-before-actions">
          {listed.map((a) => (
            <li key={a.id}>
              <label className="prop-check">
                <input
                  type="checkbox"
                  checked={picked.has(a.id)}
                  disabled={picked.has(a.id) && picked.size === 1}
                  onChange={(e) => toggle(a.id, e.target.checked)}
                />
                {a.label || t('requiredBefore.unnamed')}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
