import type { ModdleElement } from 'bpmn-moddle';
import type { WorkflowGraph } from '../model/workflow';
import { DEFAULT_BRANCH } from '../workflow/graph';
import { readElement } from './import/element-node';
import { isDefaultFlow, targetOf } from './import/element-readers';
import { sendMoment } from './import/element-roles';
import { indexFlows, outgoing } from './import/flows';
import { ImportGraph } from './import/import-graph';
import type { BpmnImportProblem } from './import/import-problem';
import { placeNodes } from './import/node-placement';
import { zeebeModdle } from './moddle';
import { startChainOf } from './import/start-chain';
import { readStartSettings } from './import/start-settings';
import { linkTasks } from './import/task-links';

export type { BpmnImportProblem } from './import/import-problem';

export type BpmnImport =
  { ok: true; name: string; graph: WorkflowGraph } | { ok: false; problems: BpmnImportProblem[] };

/**
 * A subset of BPMN 2.0 (as Camunda Modeler writes it, and as `toBpmn` exports) → a Stroomlijn
 * workflow: none and Stroomlijn record-message starts, user tasks, exclusive gateways whose FEEL the
 * condition builder can hold, timers, Stroomlijn's job types and none ends. Anything else is refused
 * with one problem per element. Each element becomes a step or a part of one (import/element-node.ts);
 * then the start's settings, the tasks' messages and automatic actions, and the edges are read back.
 */
export async function fromBpmn(xml: string): Promise<BpmnImport> {
  const moddle = await zeebeModdle();
  let root: ModdleElement;
  try {
    root = (await moddle.fromXML(xml)).rootElement;
  } catch (error) {
    return { ok: false, problems: [{ elementId: '', code: 'notBpmn', detail: (error as Error).message }] };
  }
  const processes = ((root.get('rootElements') as ModdleElement[] | undefined) ?? []).filter(
    (r) => r.$type === 'bpmn:Process',
  );
  if (processes.length !== 1)
    return { ok: false, problems: [{ elementId: '', code: 'noProcess', detail: String(processes.length) }] };
  const process = processes[0]!;
  const all = (process.get('flowElements') as ModdleElement[] | undefined) ?? [];
  const elements = all.filter((e) => e.$type !== 'bpmn:SequenceFlow');
  indexFlows(all);

  const g = new ImportGraph(startChainOf(elements));
  for (const el of elements) readElement(g, el);
  if (g.problems.length) return { ok: false, problems: g.problems };

  readStartSettings(g);
  linkTasks(g, elements);
  // Every other edge: from each step along its flows, past the elements that are part of a step.
  for (const [el, node] of g.nodes) {
    if (sendMoment(el) === 'enter') continue;
    for (const f of outgoing(el)) {
      const handle = node.kind === 'condition' ? (isDefaultFlow(f) ? DEFAULT_BRANCH : f.id) : undefined;
      for (const target of g.reach(targetOf(f))) g.addEdge(node.id, target.id, handle);
    }
  }

  const placed = placeNodes(root, g.nodes);
  const name = (process.get('name') as string | undefined) ?? 'Workflow';
  return { ok: true, name, graph: { nodes: placed, edges: g.edges } };
}
