import type { WorkflowEdge, WorkflowGraph } from '../model/workflow';
import { GraphIndex } from '../workflow/graph';
import { canvasDiagram } from './diagram';
import { BpmnBuilder } from './export/bpmn-builder';
import type { Exit, Fragment } from './export/fragment';
import { stepFragment } from './export/step-fragment';
import { zeebeModdle } from './moddle';
import type { BpmnExport, PlatformVersion } from './platform';

export interface BpmnSource {
  id: string;
  name: string;
  graph: WorkflowGraph;
}

const EXECUTION_PLATFORM = 'Camunda Cloud';
const MODELER_NS = 'http://camunda.org/schema/modeler/1.0';

/**
 * A workflow as BPMN 2.0 for Camunda 8 (Zeebe): the mapping of issue 15. Pure: the same workflow and
 * version give the same XML. What the version cannot express comes back as warnings beside the XML.
 * Each step becomes a fragment (export/step-fragment.ts); here its edges join them, through a merge
 * where several ways lead in, and the process, its definitions and its diagram are made.
 */
export async function toBpmn(
  workflow: BpmnSource,
  options: { platformVersion: PlatformVersion; /** auto: always bpmn-auto-layout */ layout?: 'canvas' | 'auto' },
): Promise<BpmnExport> {
  const version = options.platformVersion;
  const index = new GraphIndex(workflow.graph);
  const builder = new BpmnBuilder(await zeebeModdle(), workflow.id, index, version);
  const { moddle, ids, flowElements, messages, ownerOf, warnings } = builder;

  const fragments = new Map<string, Fragment>();
  for (const node of workflow.graph.nodes) {
    builder.owner = node.id;
    fragments.set(node.id, stepFragment(builder, node));
  }

  // Each edge's ways out, in branch order for conditions (Zeebe takes the first condition that holds).
  const branchOrder = (edge: WorkflowEdge) => {
    const source = index.byId.get(edge.source);
    if (source?.kind !== 'condition') return 0;
    const i = source.branches.findIndex((b) => b.id === edge.sourceHandle);
    return i === -1 ? source.branches.length : i;
  };
  const edges = workflow.graph.edges
    .filter((e) => index.byId.has(e.source) && index.byId.has(e.target))
    .map((e, i) => ({ e, i }));
  edges.sort((a, b) => (a.e.source === b.e.source ? branchOrder(a.e) - branchOrder(b.e) || a.i - b.i : a.i - b.i));
  const into = new Map<string, Exit[]>();
  for (const { e } of edges) into.set(e.target, [...(into.get(e.target) ?? []), ...fragments.get(e.source)!.exits(e)]);
  for (const node of workflow.graph.nodes) {
    const ways = into.get(node.id) ?? [];
    const entry = fragments.get(node.id)!.entry;
    if (ways.length <= 1) {
      for (const w of ways) builder.flow(w.from, entry, w);
      continue;
    }
    // Explicit merge: every way in meets at one gateway first.
    builder.owner = node.id;
    const merge = builder.make('bpmn:ExclusiveGateway', ids.make('Gateway', `${node.id}_merge`));
    for (const w of ways) builder.flow(w.from, merge, w);
    builder.flow(merge, entry);
  }

  const processId = ids.make('Process', workflow.id);
  const process = moddle.create('bpmn:Process', {
    id: processId,
    name: workflow.name,
    isExecutable: true,
    flowElements,
  });
  const definitions = moddle.create('bpmn:Definitions', {
    id: ids.make('Definitions', workflow.id),
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'Stroomlijn',
    exporterVersion: '1',
    rootElements: [...messages, process],
  });
  definitions.$attrs['xmlns:modeler'] = MODELER_NS;
  definitions.$attrs['modeler:executionPlatform'] = EXECUTION_PLATFORM;
  definitions.$attrs['modeler:executionPlatformVersion'] = `${version}.0`;
  // The diagram: the canvas's places where every shape fits there, else bpmn-auto-layout's.
  const places = new Map(workflow.graph.nodes.map((n) => [n.id, n.position]));
  const diagram = options.layout === 'auto' ? undefined : canvasDiagram(moddle, process, flowElements, ownerOf, places);
  if (diagram) definitions.set('diagrams', [diagram]);
  const { xml } = await moddle.toXML(definitions, { format: true });
  // bpmn-auto-layout, like bpmn-moddle, loads when first needed.
  const laidOut = diagram ? xml : await (await import('bpmn-auto-layout')).layoutProcess(xml);
  return { xml: laidOut, fileName: `${fileSafe(workflow.name)}.bpmn`, warnings };
}

const fileSafe = (name: string) =>
  [...name]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim()
    .slice(0, 100) || 'workflow';
