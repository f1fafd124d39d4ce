import type { ModdleElement } from 'bpmn-moddle';
import type { Condition } from '../../model/condition';
import type { WorkflowEdge } from '../../model/workflow';
import { WorkflowNode } from '../../model/workflow-nodes';
import { feelToCondition } from '../feel-parse';
import { isDefaultFlow, nodeId, targetOf } from './element-readers';
import { entryTaskOf, isTriggerCheck } from './element-roles';
import { outgoing } from './flows';
import type { BpmnImportProblem } from './import-problem';
import type { StartChain } from './start-chain';

/**
 * The workflow an import is making: the step each element became, the elements that are part of a
 * neighbouring step, the edges so far, and the problems (one per element that cannot be held).
 */
export class ImportGraph {
  readonly nodes = new Map<ModdleElement, WorkflowNode>();
  /** Elements that are part of a neighbouring step (merges, messages, the gateways around a task). */
  readonly pass = new Set<ModdleElement>();
  readonly edges: WorkflowEdge[] = [];
  readonly problems: BpmnImportProblem[] = [];
  private readonly at = { x: 0, y: 0 };

  constructor(readonly start: StartChain) {}

  refuse(el: ModdleElement, code: BpmnImportProblem['code'], detail: string): void {
    this.problems.push({
      elementId: el.id ?? '',
      ...(el.get('name') ? { name: String(el.get('name')) } : {}),
      code,
      detail,
    });
  }

  /** The step `el` stands for, when the schema holds it; else a problem. */
  make(el: ModdleElement, node: Record<string, unknown>): void {
    const parsed = WorkflowNode.safeParse({ id: nodeId(el), position: this.at, ...node });
    if (!parsed.success)
      return void this.refuse(
        el,
        'unsupportedElement',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    this.nodes.set(el, parsed.data);
  }

  /** A flow's FEEL as a condition the condition builder holds; else a problem. */
  condition(el: ModdleElement, feel: string | undefined): Condition | undefined {
    if (feel === undefined) return undefined;
    const c = feelToCondition(feel);
    if (!c) this.refuse(el, 'unsupportedCondition', feel);
    return c;
  }

  addEdge(source: string, target: string, sourceHandle?: string): void {
    if (!this.edges.some((e) => e.source === source && e.target === target && e.sourceHandle === sourceHandle))
      this.edges.push({ id: `e${this.edges.length + 1}`, source, target, ...(sourceHandle ? { sourceHandle } : {}) });
  }

  isTriggerCheck(el: ModdleElement): boolean {
    return isTriggerCheck(el, this.start.chain);
  }

  /** The steps a flow into `el` reaches: `el` itself, or past a merge, a message, the gateways around a task. */
  reach(el: ModdleElement, seen = new Set<ModdleElement>()): WorkflowNode[] {
    if (seen.has(el)) return [];
    seen.add(el);
    const node = this.nodes.get(el);
    if (node) return [node];
    if (!this.pass.has(el)) return [];
    const task = entryTaskOf(el);
    if (task) return this.reach(task, seen);
    if (this.isTriggerCheck(el))
      return outgoing(el)
        .filter((f) => !isDefaultFlow(f))
        .flatMap((f) => this.reach(targetOf(f), seen));
    return outgoing(el).flatMap((f) => this.reach(targetOf(f), seen));
  }
}

/** The elements right after `el`, and the user task behind each gateway before one. */
export function followAll(el: ModdleElement): Set<ModdleElement> {
  const out = new Set<ModdleElement>();
  const next = (x: ModdleElement) => {
    for (const f of outgoing(x)) {
      const t = targetOf(f);
      if (out.has(t)) continue;
      out.add(t);
      if (t.$type === 'bpmn:ExclusiveGateway' && entryTaskOf(t)) out.add(entryTaskOf(t)!);
    }
  };
  next(el);
  return out;
}
