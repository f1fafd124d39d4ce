import type { BpmnModdle, ModdleElement } from 'bpmn-moddle';
import type { MessageSetting } from '../../model/message-setting';
import type { Effect, WorkflowNode } from '../../model/workflow-nodes';
import { nodeName } from '../../workflow/context';
import type { GraphIndex } from '../../workflow/graph';
import { feelString } from '../feel';
import { momentAfter, type After } from '../feel-moments';
import { XmlIds } from '../ids';
import { JobTypes } from '../jobs';
import type { BpmnWarning, PlatformVersion } from '../platform';

/**
 * One export under way: the moddle instance, the XML ids handed out, the process's elements and
 * messages so far, the step each element belongs to, the warnings; and the primitives every step's
 * fragment is made of.
 */
export class BpmnBuilder {
  readonly ids = new XmlIds();
  readonly warnings: BpmnWarning[] = [];
  readonly flowElements: ModdleElement[] = [];
  readonly messages: ModdleElement[] = [];
  /** The step each element belongs to, for the diagram. */
  readonly ownerOf = new Map<ModdleElement, string>();
  /** The step whose elements are being made. */
  owner: string | undefined;
  private readonly warned = new Set<string>();

  constructor(
    readonly moddle: BpmnModdle,
    readonly workflowId: string,
    readonly index: GraphIndex,
    readonly version: PlatformVersion,
  ) {}

  make(type: string, id: string, attrs: Record<string, unknown> = {}, extensions: ModdleElement[] = []): ModdleElement {
    const el = this.moddle.create(type, { id, ...attrs });
    if (extensions.length)
      el.set('extensionElements', this.moddle.create('bpmn:ExtensionElements', { values: extensions }));
    if (type !== 'bpmn:SequenceFlow' && type !== 'bpmn:BoundaryEvent') {
      el.set('incoming', []);
      el.set('outgoing', []);
    }
    this.flowElements.push(el);
    if (this.owner !== undefined) this.ownerOf.set(el, this.owner);
    return el;
  }

  expression(body: string): ModdleElement {
    return this.moddle.create('bpmn:FormalExpression', { body });
  }

  flow(
    from: ModdleElement,
    to: ModdleElement,
    how: { condition?: string; isDefault?: boolean; name?: string } = {},
  ): ModdleElement {
    const f = this.make('bpmn:SequenceFlow', this.ids.make('Flow', `${from.id}_${to.id}`), {
      sourceRef: from,
      targetRef: to,
      ...(how.name ? { name: how.name } : {}),
    });
    if (how.condition !== undefined && !how.isDefault)
      f.set('conditionExpression', this.expression(`=${how.condition}`));
    (from.get('outgoing') as ModdleElement[]).push(f);
    if (to.$type !== 'bpmn:BoundaryEvent') (to.get('incoming') as ModdleElement[]).push(f);
    if (how.isDefault) from.set('default', f);
    return f;
  }

  job(type: string, headers: Record<string, string | undefined>, retries?: number): ModdleElement[] {
    const values = Object.entries(headers)
      .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
      .map(([key, value]) => this.moddle.create('zeebe:Header', { key, value }));
    return [
      this.moddle.create('zeebe:TaskDefinition', {
        type,
        ...(retries !== undefined ? { retries: String(retries) } : {}),
      }),
      ...(values.length ? [this.moddle.create('zeebe:TaskHeaders', { values })] : []),
    ];
  }

  sendMessage(
    id: string,
    name: string,
    moment: string,
    m: { templateId?: string; channel?: string; addressees: unknown[]; taskNodeId?: string },
    more: Record<string, string> = {},
  ): ModdleElement {
    return this.make(
      'bpmn:SendTask',
      id,
      { name },
      this.job(JobTypes.sendMessage, {
        moment,
        template: m.templateId,
        channel: m.channel,
        addressees: JSON.stringify(m.addressees),
        ...(m.taskNodeId ? { task: m.taskNodeId } : {}),
        ...more,
      }),
    );
  }

  settingMessage(
    node: WorkflowNode,
    setting: MessageSetting,
    moment: string,
    name: string,
    taskNodeId?: string,
    more: Record<string, string> = {},
  ): ModdleElement {
    return this.sendMessage(
      this.ids.make('SendTask', `${node.id}_${moment}`),
      name,
      moment,
      { templateId: setting.templateId, channel: setting.channel, addressees: [setting.addressee], taskNodeId },
      more,
    );
  }

  /** Action effects as output mappings: the item status and one context put per field. */
  outputs(effects: Effect[]): ModdleElement[] {
    if (!effects.length) return [];
    const params: ModdleElement[] = [];
    let fields = 'if fields = null then {} else fields';
    let changesFields = false;
    for (const effect of effects) {
      if (effect.type === 'setStatus')
        params.push(this.moddle.create('zeebe:Output', { source: `=${feelString(effect.status)}`, target: 'status' }));
      else {
        const value = typeof effect.value === 'string' ? feelString(effect.value) : String(effect.value);
        fields = `context put(${fields}, ${feelString(effect.field)}, ${value})`;
        changesFields = true;
      }
    }
    if (changesFields) params.push(this.moddle.create('zeebe:Output', { source: `=${fields}`, target: 'fields' }));
    return [this.moddle.create('zeebe:IoMapping', { outputParameters: params })];
  }

  /** A step's name in the diagram: its own, a set field's assignment, else none (BPMN shapes need no kind word). */
  nameOf(node: WorkflowNode): string {
    return nodeName(node, (n) => (n.kind === 'setField' ? `${n.field} = ${String(n.value)}` : ''));
  }

  /** Working days are counted Monday to Friday in Camunda, which knows no office calendar: said once per step. */
  warnWorkingDays(node: WorkflowNode): void {
    if (this.warned.has(node.id)) return;
    this.warned.add(node.id);
    this.warnings.push({ code: 'workingDays', nodeId: node.id, name: this.nameOf(node) });
  }

  /** A timer that fires `after` each in turn from entering (or from a date field). */
  timerDefinition(
    suffix: string,
    node: WorkflowNode,
    from: { field: string } | 'entered',
    after: readonly After[],
  ): ModdleElement {
    if (after.some((a) => a.unit === 'workingDays')) this.warnWorkingDays(node);
    const moment = momentAfter(from, after);
    const id = this.ids.make('TimerEventDefinition', suffix);
    return 'duration' in moment
      ? this.moddle.create('bpmn:TimerEventDefinition', { id, timeDuration: this.expression(moment.duration) })
      : this.moddle.create('bpmn:TimerEventDefinition', { id, timeDate: this.expression(moment.date) });
  }
}
