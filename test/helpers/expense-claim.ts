import type { Store } from '../../main/store/store';
import type { FieldDef, ItemType, Workflow } from '@shared/model';
import type { TaskFormField } from '@shared/model/task-form';
import type { AsDispatch as Dispatch } from './app';

export const EXPENSE_TYPE = 'type-declaratie';

/** A form of every kind an office needs for an expense claim (issue 12's newcomer journey). */
export const expenseFields: FieldDef[] = [
  { key: 'bedrag', label: 'Amount', labels: { nl: 'Bedrag', de: 'Betrag' }, type: 'money', required: true },
  { key: 'datum', label: 'Date', labels: { nl: 'Datum', de: 'Datum' }, type: 'date', required: false },
  {
    key: 'toelichting',
    label: 'Explanation',
    labels: { nl: 'Toelichting', de: 'Erläuterung' },
    help: { nl: 'Waarvoor was de uitgave?', en: 'What was it for?', de: 'Wofür war die Ausgabe?' },
    type: 'longText',
    required: false,
  },
  {
    key: 'kostenplaats',
    label: 'Cost centre',
    labels: { nl: 'Kostenplaats' },
    type: 'choice',
    options: ['Kantoor', 'Reizen'],
    required: false,
  },
  {
    key: 'goedgekeurdBedrag',
    label: 'Approved amount',
    labels: { nl: 'Goedgekeurd bedrag' },
    type: 'money',
    required: false,
  },
  { key: 'bon', label: 'Receipt', labels: { nl: 'Bon', de: 'Beleg' }, type: 'attachment', required: false },
];

/** The manager's form: reads the claim, may correct the explanation, fills the approved amount before approving. */
export const managerForm: TaskFormField[] = [
  { field: 'bedrag', mode: 'readOnly' },
  { field: 'toelichting', mode: 'editable' },
  { field: 'goedgekeurdBedrag', mode: 'required', actions: ['akkoord'] },
];

const at = { x: 0, y: 0 };

/**
 * The item type "Declaratie" with its form and a published workflow: start → "Beoordelen" (for
 * user-bram, with `form`) → Akkoord | Afwijzen → end. Returns the workflow.
 */
export async function publishExpenseClaim(dispatch: Dispatch, store: Store, form = managerForm): Promise<Workflow> {
  const type: ItemType = {
    id: EXPENSE_TYPE,
    name: 'Declaratie',
    confidential: false,
    requiredActions: [],
    fields: expenseFields,
  };
  await store.update((d) => void d.itemTypes.push(type));
  const wf = (await dispatch('workflows.create', { name: 'Declaraties', itemTypeId: EXPENSE_TYPE })) as Workflow;
  const action = (id: string, label: string, role: 'approve' | 'reject') => ({
    id,
    kind: 'action',
    position: at,
    label,
    role,
    mode: 'manual',
    effects: [],
  });
  await dispatch('workflows.saveDraft', {
    id: wf.id,
    graph: {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        {
          id: 'beoordelen',
          kind: 'task',
          position: at,
          title: 'Beoordelen',
          destinations: [{ type: 'users', userIds: ['user-bram'], showInTaskList: true }],
          form,
        },
        action('akkoord', 'Akkoord', 'approve'),
        action('afwijzen', 'Afwijzen', 'reject'),
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 'beoordelen' },
        { id: '2', source: 'beoordelen', target: 'akkoord' },
        { id: '3', source: 'beoordelen', target: 'afwijzen' },
        { id: '4', source: 'akkoord', target: 'e' },
        { id: '5', source: 'afwijzen', target: 'e' },
      ],
    },
  });
  return (await dispatch('workflows.publish', { id: wf.id })) as Workflow;
}
