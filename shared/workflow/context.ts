import { assertNever } from '../assert-never';
import type { Directory, User } from '../model/directory';
import type { ItemType } from '../model/item-type';
import type { MessageTemplate } from '../model/template';
import type { WorkflowGraph } from '../model/workflow';
import type { WorkflowNode } from '../model/workflow-nodes';
import type { Finding, FindingCode } from './findings';
import { GraphIndex } from './graph';

/** The workflow as validation sees it: its graph and the settings rules depend on. */
export interface WorkflowUnderTest {
  graph: WorkflowGraph;
  language: 'nl' | 'en' | 'de';
  itemTypeId?: string;
  taskManagerUserId?: string;
}

/** What else the rules look at: people, item types, templates. */
export interface ValidationContext {
  directory: Directory;
  itemTypes: ItemType[];
  templates: MessageTemplate[];
}

/** One validation run: indexes built once, shared by every rule. */
export class Run {
  readonly index: GraphIndex;
  readonly findings: Finding[] = [];
  readonly itemType?: ItemType;

  constructor(
    readonly workflow: WorkflowUnderTest,
    readonly ctx: ValidationContext,
  ) {
    this.index = new GraphIndex(workflow.graph);
    this.itemType = ctx.itemTypes.find((t) => t.id === workflow.itemTypeId);
  }

  get nodes(): WorkflowNode[] {
    return this.workflow.graph.nodes;
  }

  error(code: FindingCode, node?: WorkflowNode, params: Record<string, string | number> = {}): void {
    this.add('error', code, node, params);
  }

  warning(code: FindingCode, node?: WorkflowNode, params: Record<string, string | number> = {}): void {
    this.add('warning', code, node, params);
  }

  template(id: string | undefined): MessageTemplate | undefined {
    return id ? this.ctx.templates.find((t) => t.id === id) : undefined;
  }

  user(id: string): User | undefined {
    return this.ctx.directory.users.find((u) => u.id === id);
  }

  roleMembers(roleId: string): User[] {
    return this.ctx.directory.users.filter((u) => u.roleIds.includes(roleId));
  }

  private add(
    severity: Finding['severity'],
    code: FindingCode,
    node: WorkflowNode | undefined,
    params: Record<string, string | number>,
  ) {
    this.findings.push({
      severity,
      code,
      ...(node ? { nodeId: node.id } : {}),
      params: { ...(node ? { name: nodeName(node) } : {}), ...params },
    });
  }
}

/** A node's own name (title or label), else what `unnamed` makes of it (its kind by default). */
export function nodeName(node: WorkflowNode, unnamed: (node: WorkflowNode) => string = (n) => n.kind): string {
  switch (node.kind) {
    case 'task':
    case 'condition':
    case 'createTask':
      return node.title;
    case 'action':
      return node.label;
    case 'notify':
    case 'wait':
    case 'webhook':
    case 'end':
      return node.title || unnamed(node);
    case 'start':
    case 'setField':
      return unnamed(node);
    default:
      return assertNever(node);
  }
}
