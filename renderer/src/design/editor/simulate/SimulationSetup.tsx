import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@shared/api';
import type { ItemRecord } from '@shared/model/item';
import type { Workflow } from '@shared/model/workflow';
import { useLookups } from '../context';
import type { EditorStore } from '../store';
import { FieldInput } from './FieldInput';
import { NamedSelect } from '../../../ui/NamedSelect';
import { fieldValues, sampleFields, sampleValues } from './sample-item';
import type { SimulationSetup as Setup } from './useSimulation';

const SAMPLE = 'sample';

/** Choose what to simulate: an existing item of the workflow, or a sample built from its fields. */
export function SimulationSetup({
  client,
  store,
  workflow,
  onStart,
}: {
  client: ApiClient;
  store: EditorStore;
  workflow: Workflow;
  onStart(setup: Setup): void;
}) {
  const { t } = useTranslation();
  const { directory, itemTypes } = useLookups();
  const itemType = itemTypes.find((x) => x.id === workflow.itemTypeId);
  const [startAt] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  const fields = useMemo(() => sampleFields(itemType, store.getState().graph()), [itemType, store]);
  const [items, setItems] = useState<ItemRecord[]>([]);
  const [source, setSource] = useState(SAMPLE);
  const [subject, setSubject] = useState(() =>
    itemType ? t('simulate.sampleSubject', { type: itemType.name }) : t('simulate.sampleSubjectNoType'),
  );
  const [submitter, setSubmitter] = useState(() => directory.users[0]?.id ?? '');
  const [values, setValues] = useState(() => sampleValues(fields, store.getState().graph(), directory, startAt));

  useEffect(() => {
    let live = true;
    client.call('items.list', {}).then(
      (list) =>
        live &&
        setItems(
          list.filter(
            (i) =>
              i.workflowId === workflow.id ||
              (workflow.itemTypeId !== undefined && i.itemTypeId === workflow.itemTypeId),
          ),
        ),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, workflow.id, workflow.itemTypeId]);

  const start = () =>
    onStart({
      startAt,
      item:
        source === SAMPLE
          ? {
              kind: 'sample',
              subject: subject.trim() || t('simulate.sampleSubjectNoType'),
              fields: fieldValues(fields, values),
              ...(itemType ? { itemTypeId: itemType.id } : {}),
              ...(submitter ? { submitterUserId: submitter } : {}),
            }
          : { kind: 'existing', itemId: source },
    });

  return (
    <form
      className="sim-setup"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <div className="prop-field">
        <label htmlFor="sim-item">{t('simulate.item')}</label>
        <select id="sim-item" value={source} onChange={(e) => setSource(e.target.value)}>
          <option value={SAMPLE}>{t('simulate.sample')}</option>
          {items.length > 0 && (
            <optgroup label={t('simulate.existing')}>
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.number} · {i.subject}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {source === SAMPLE && (
        <>
          <div className="prop-field">
            <label htmlFor="sim-subject">{t('simulate.subject')}</label>
            <input id="sim-subject" type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />
          </div>
          <div className="prop-field">
            <label htmlFor="sim-submitter">{t('simulate.submitter')}</label>
            <NamedSelect
              id="sim-submitter"
              value={submitter}
              empty={t('simulate.nobody')}
              options={directory.users}
              onChange={setSubmitter}
            />
          </div>
          {fields.length > 0 && <h4 className="sim-heading">{t('simulate.fields')}</h4>}
          {fields.map((f) => (
            <div key={f.key} className={f.kind === 'boolean' ? 'prop-check' : 'prop-field'}>
              <label htmlFor={`sim-field-${f.key}`}>{f.label}</label>
              <FieldInput
                id={`sim-field-${f.key}`}
                field={f}
                value={values[f.key] ?? ''}
                directory={directory}
                onChange={(v) => setValues({ ...values, [f.key]: v })}
              />
            </div>
          ))}
        </>
      )}
      <button type="submit" className="primary">
        ▶ {t('simulate.start')}
      </button>
    </form>
  );
}
