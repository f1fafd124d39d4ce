import type { AsDispatch as Dispatch } from './app';
import type { Workflow, WorkflowGraph } from '@shared/model';

const at = (x: number, y: number) => ({ x, y });
const bellen = { join: 'and' as const, rules: [{ field: 'type', operator: 'equals' as const, value: 'Bellen' }] };

/**
 * A record workflow that waits: a new Bellen task mails its responsible, waits until the due date,
 * then asks "Afgehandeld?": done → 3 days later mail the contact; not done → mail the responsible
 * that it expired. (The sample once modelled seed 001 this way; the seed wants three workflows,
 * see resources/sample-data.json. It stays here to exercise waits on a date field and a duration.)
 */
export const waitingGraph = (): WorkflowGraph => ({
  nodes: [
    {
      id: 's',
      kind: 'start',
      position: at(40, 20),
      trigger: { type: 'record', entity: 'task', event: 'created', onlyIf: bellen },
    },
    {
      id: 'n1',
      kind: 'notify',
      position: at(40, 160),
      title: 'Mail verantwoordelijke',
      channel: 'email',
      to: [{ type: 'userField', field: 'responsible' }],
      templateId: 'tpl-bellen-nieuw',
    },
    {
      id: 'w1',
      kind: 'wait',
      position: at(40, 300),
      title: 'Tot de deadline',
      until: { type: 'dateField', field: 'dueDate' },
    },
    {
      id: 'c1',
      kind: 'condition',
      position: at(40, 460),
      title: 'Afgehandeld?',
      branches: [
        {
          id: 'b-done',
          label: 'Afgehandeld',
          condition: { join: 'and', rules: [{ field: 'status', operator: 'equals', value: 'Afgehandeld' }] },
        },
      ],
    },
    {
      id: 'w2',
      kind: 'wait',
      position: at(20, 600),
      title: '3 dagen later',
      until: { type: 'duration', amount: 3, unit: 'days' },
    },
    {
      id: 'n3',
      kind: 'notify',
      position: at(20, 760),
      title: 'Mail contact',
      channel: 'email',
      to: [{ type: 'contactField', field: 'contact' }],
      templateId: 'tpl-bellen-afgehandeld',
    },
    {
      id: 'n2',
      kind: 'notify',
      position: at(280, 600),
      title: 'Eenmalig: taak verlopen',
      channel: 'email',
      to: [{ type: 'userField', field: 'responsible' }],
      templateId: 'tpl-bellen-verlopen',
    },
    { id: 'e1', kind: 'end', position: at(40, 900) },
    { id: 'e2', kind: 'end', position: at(320, 760) },
  ],
  edges: [
    { id: 'e15', source: 's', target: 'n1' },
    { id: 'e16', source: 'n1', target: 'w1' },
    { id: 'e17', source: 'w1', target: 'c1' },
    { id: 'e18', source: 'c1', target: 'w2', sourceHandle: 'b-done' },
    { id: 'e19', source: 'c1', target: 'n2', sourceHandle: 'default' },
    { id: 'e20', source: 'w2', target: 'n3' },
    { id: 'e21', source: 'n3', target: 'e1' },
    { id: 'e22', source: 'n2', target: 'e2' },
  ],
});

/** Create the waiting workflow (named "Bellen met wachten") with its graph as the draft; `publish` publishes it. */
export async function createWaitingWorkflow(dispatch: Dispatch, publish = true): Promise<string> {
  const wf = (await dispatch('workflows.create', { name: 'Bellen met wachten' })) as Workflow;
  await dispatch('workflows.saveDraft', { id: wf.id, graph: waitingGraph() });
  if (publish) await dispatch('workflows.publish', { id: wf.id });
  return wf.id;
}
