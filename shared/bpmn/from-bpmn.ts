import type { ModdleElement } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import type { Condition, Group, Rule } from '../model/condition';
import type { WorkflowEdge, WorkflowGraph } from '../model/workflow';
import {
  Escalation,
  RecordEntities,
  RecordEvents,
  WorkflowNode,
  type Destination,
  type Duration,
  type Effect,
} from '../model/workflow-nodes';
import { Addressee } from '../model/message-setting';
import { DEFAULT_BRANCH } from '../workflow/graph';
import { feelToCondition } from './feel-parse';
import { workingDaysOf } from './feel-moments';
import { ESCALATION_PROPERTY, JobTypes } from './jobs';

/** Why an element of a BPMN file cannot become part of a Stroomlijn workflow: one per element. */
export interface BpmnImportProblem {
  elementId: string;
  name?: string;
  code:
    | 'notBpmn'
    | 'noProcess'
    | 'unsupportedElement'
    | 'multiInstance'
    | 'unsupportedCondition'
    | 'unknownJobType'
    | 'unsupportedStart'
    | 'unsupportedTimer';
  /** The element's BPMN type, or what it holds that cannot be held. */
  detail: string;
}

export type BpmnImport =
  { ok: true; name: string; graph: WorkflowGraph } | { ok: false; problems: BpmnImportProblem[] };

const PREFIXES = /^(StartEvent|UserTask|SendTask|ServiceTask|Event|Timer|EndEvent|Gateway)_/;
const nodeId = (el: ModdleElement) => (el.id ?? '').replace(PREFIXES, '').replace(/_(action|notify)$/, '') || 'node';

const ext = (el: ModdleElement, type: string): ModdleElement | undefined =>
  ((el.get('extensionElements') as ModdleElement | undefined)?.get('values') as ModdleElement[] | undefined)?.find(
    (v) => v.$type === type,
  );
const headersOf = (el: ModdleElement): Record<string, string> =>
  Object.fromEntries(
    ((ext(el, 'zeebe:TaskHeaders')?.get('values') as ModdleElement[] | undefined) ?? []).map((h) => [
      String(h.get('key')),
      String(h.get('value')),
    ]),
  );
const jobTypeOf = (el: ModdleElement) => ext(el, 'zeebe:TaskDefinition')?.get('type') as string | undefined;
/** Flows out of and into each element, from the flows' own source and target (files need not list them on the elements). */
const outs = new WeakMap<ModdleElement, ModdleElement[]>();
const ins = new WeakMap<ModdleElement, ModdleElement[]>();
const outgoing = (el: ModdleElement) => outs.get(el) ?? [];
const incoming = (el: ModdleElement) => ins.get(el) ?? [];
const targetOf = (flow: ModdleElement) => flow.get('targetRef') as ModdleElement;
const conditionOf = (flow: ModdleElement) =>
  (flow.get('conditionExpression') as ModdleElement | undefined)?.get('body') as string | undefined;
const isDefaultFlow = (flow: ModdleElement) => (flow.get('sourceRef') as ModdleElement).get('default') === flow;
const definitionsOf = (el: ModdleElement) => (el.get('eventDefinitions') as ModdleElement[] | undefined) ?? [];
const propertiesOf = (el: ModdleElement): Record<string, string> =>
  Object.fromEntries(
    ((ext(el, 'zeebe:Properties')?.get('properties') as ModdleElement[] | undefined) ?? []).map((p) => [
      String(p.get('name')),
      String(p.get('value')),
    ]),
  );
/** A timer boundary event on a user task that carries Stroomlijn's escalation: the export's way of running it. */
const isEscalationTimer = (el: ModdleElement) =>
  el.$type === 'bpmn:BoundaryEvent' &&
  definitionsOf(el)[0]?.$type === 'bpmn:TimerEventDefinition' &&
  Boolean(propertiesOf(el.get('attachedToRef') as ModdleElement)[ESCALATION_PROPERTY]);
/** An element on an escalation's path: its timers, the messages and reassignment they lead to, their ends. */
const isEscalationPart = (el: ModdleElement): boolean =>
  isEscalationTimer(el) ||
  ((el.$type === 'bpmn:SendTask' || el.$type === 'bpmn:ServiceTask') && Boolean(headersOf(el).escalation)) ||
  (el.$type === 'bpmn:EndEvent' &&
    incoming(el).length > 0 &&
    incoming(el).every((f) => isEscalationPart(f.get('sourceRef') as ModdleElement)));
const json = <T>(text: string | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** An ISO 8601 duration the wait step can hold (minutes, hours or days), else undefined. */
function fromIsoDuration(text: string): Pick<Duration, 'amount' | 'unit'> | undefined {
  const m = text.trim().match(/^P(?:(\d+)D|T(\d+)H|T(\d+)M)$/);
  if (!m) return undefined;
  return m[1]
    ? { amount: Number(m[1]), unit: 'days' }
    : m[2]
      ? { amount: Number(m[2]), unit: 'hours' }
      : { amount: Number(m[3]), unit: 'minutes' };
}
/** How long a timer waits from entering: an ISO duration, or working days as the export writes them. */
function timerAfter(def: ModdleElement | undefined): Pick<Duration, 'amount' | 'unit'> | undefined {
  const duration = (def?.get('timeDuration') as ModdleElement | undefined)?.get('body') as string | undefined;
  const date = (def?.get('timeDate') as ModdleElement | undefined)?.get('body') as string | undefined;
  if (duration) return fromIsoDuration(duration);
  const days = date ? workingDaysOf(date) : undefined;
  return days ? { amount: days, unit: 'workingDays' } : undefined;
}
/** The field a FEEL date expression reads, as the export writes it. */
const dateFieldOf = (feel: string) => feel.match(/get value\(fields, ("(?:[^"\\]|\\.)*")\)/)?.[1];

/**
 * A subset of BPMN 2.0 (as Camunda Modeler writes it, and as `toBpmn` exports) → a Stroomlijn
 * workflow: none and Stroomlijn record-message starts, user tasks, exclusive gateways whose FEEL the
 * condition builder can hold, timers, Stroomlijn's job types and none ends. Anything else is refused
 * with one problem per element.
 */
export async function fromBpmn(xml: string): Promise<BpmnImport> {
  // bpmn-moddle loads at the first import, not at every start of the app.
  const { BpmnModdle } = await import('bpmn-moddle');
  const moddle = new BpmnModdle({ zeebe: zeebeSchema });
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
  for (const flow of all.filter((e) => e.$type === 'bpmn:SequenceFlow')) {
    const source = flow.get('sourceRef') as ModdleElement | undefined;
    const target = flow.get('targetRef') as ModdleElement | undefined;
    if (!source || !target) continue;
    outs.set(source, [...(outs.get(source) ?? []), flow]);
    ins.set(target, [...(ins.get(target) ?? []), flow]);
  }
  const problems: BpmnImportProblem[] = [];
  const refuse = (el: ModdleElement, code: BpmnImportProblem['code'], detail: string) =>
    problems.push({
      elementId: el.id ?? '',
      ...(el.get('name') ? { name: String(el.get('name')) } : {}),
      code,
      detail,
    });

  const nodes = new Map<ModdleElement, WorkflowNode>();
  /** Elements that are part of a neighbouring step (merges, messages, the gateways around a task). */
  const pass = new Set<ModdleElement>();
  const edges: WorkflowEdge[] = [];
  const addEdge = (source: string, target: string, sourceHandle?: string) => {
    if (!edges.some((e) => e.source === source && e.target === target && e.sourceHandle === sourceHandle))
      edges.push({ id: `e${edges.length + 1}`, source, target, ...(sourceHandle ? { sourceHandle } : {}) });
  };
  const at = { x: 0, y: 0 };
  const make = (el: ModdleElement, node: Record<string, unknown>) => {
    const parsed = WorkflowNode.safeParse({ id: nodeId(el), position: at, ...node });
    if (!parsed.success)
      return void refuse(
        el,
        'unsupportedElement',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    nodes.set(el, parsed.data);
  };
  const condition = (el: ModdleElement, feel: string | undefined): Condition | undefined => {
    if (feel === undefined) return undefined;
    const c = feelToCondition(feel);
    if (!c) refuse(el, 'unsupportedCondition', feel);
    return c;
  };

  // What follows a flow, past the elements that are part of a step.
  const sendMoment = (el: ModdleElement) =>
    el.$type === 'bpmn:SendTask' && jobTypeOf(el) === JobTypes.sendMessage ? headersOf(el).moment : undefined;
  const isUserTask = (el: ModdleElement) => el.$type === 'bpmn:UserTask';
  /** A gateway after a user task that routes on the action taken. */
  const isActionGateway = (el: ModdleElement) =>
    el.$type === 'bpmn:ExclusiveGateway' &&
    outgoing(el).length > 0 &&
    outgoing(el).every((f) => /^=\s*action = "(?:[^"\\]|\\.)*"$/.test(conditionOf(f) ?? ''));
  const isMerge = (el: ModdleElement) =>
    el.$type === 'bpmn:ExclusiveGateway' && outgoing(el).length === 1 && !conditionOf(outgoing(el)[0]!);
  /** A gateway before a user task: its conditions are the task's automatic actions, its default the task. */
  const entryTaskOf = (el: ModdleElement): ModdleElement | undefined => {
    if (el.$type !== 'bpmn:ExclusiveGateway') return undefined;
    const fallback = outgoing(el).find(isDefaultFlow);
    return fallback && isUserTask(targetOf(fallback)) && outgoing(el).length > 1 ? targetOf(fallback) : undefined;
  };
  /** A record trigger's check: a gateway whose default ends the run at once. */
  const isTriggerCheck = (el: ModdleElement) => {
    if (el.$type !== 'bpmn:ExclusiveGateway' || outgoing(el).length !== 2) return false;
    const fallback = outgoing(el).find(isDefaultFlow);
    return (
      Boolean(
        fallback &&
        targetOf(fallback).$type === 'bpmn:EndEvent' &&
        outgoing(targetOf(fallback)).length === 0 &&
        incoming(targetOf(fallback)).every(
          (f) =>
            f.get('sourceRef') !== undefined && (f.get('sourceRef') as ModdleElement).$type === 'bpmn:ExclusiveGateway',
        ),
      ) && startChain.has(el)
    );
  };

  // The start and what belongs to it: checks, the delay, its message.
  const startChain = new Set<ModdleElement>();
  const reminderTimers = new Set<ModdleElement>();
  const starts = elements.filter((e) => e.$type === 'bpmn:StartEvent');
  for (const start of starts) {
    const record = definitionsOf(start).length > 0;
    let timers = 0;
    let at: ModdleElement | undefined = start;
    while (at && outgoing(at).length >= 1 && startChain.size < 50) {
      startChain.add(at);
      const from: ModdleElement = at;
      if (record && from.$type === 'bpmn:ParallelGateway') {
        // A reminder: one way runs the workflow now, the other after a timer (and its check) again;
        // both meet at a merge, where the workflow's steps begin.
        const targets = outgoing(from).map(targetOf);
        const timer = targets.find((t) => t.$type === 'bpmn:IntermediateCatchEvent');
        const again = targets.find((t) => t.$type === 'bpmn:ExclusiveGateway');
        if (!timer || !again || targets.length !== 2) break;
        startChain.add(timer);
        reminderTimers.add(timer);
        const check = outgoing(timer).map(targetOf)[0];
        if (check && check !== again) startChain.add(check);
        at = again;
        continue;
      }
      const flows: ModdleElement[] = outgoing(from).filter((f) => !isDefaultFlow(f) || outgoing(from).length === 1);
      const next: ModdleElement | undefined = flows.length === 1 ? targetOf(flows[0]!) : undefined;
      if (!next || incoming(next).length > 1) break;
      const keep =
        (record && next.$type === 'bpmn:ExclusiveGateway' && next.get('default')) ||
        (record && next.$type === 'bpmn:IntermediateCatchEvent' && timers++ === 0) ||
        (record && next.$type === 'bpmn:ParallelGateway' && outgoing(next).length === 2) ||
        sendMoment(next) === 'start' ||
        (next.$type === 'bpmn:IntermediateThrowEvent' && /_applies$/.test(next.id ?? ''));
      if (!keep) break;
      at = next;
    }
  }

  for (const el of elements) {
    if ((el.get('loopCharacteristics') as unknown) !== undefined) {
      refuse(el, 'multiInstance', el.$type);
      continue;
    }
    const name = el.get('name') as string | undefined;
    if (isEscalationPart(el)) {
      pass.add(el);
      continue;
    }
    switch (el.$type) {
      case 'bpmn:StartEvent': {
        const defs = definitionsOf(el);
        if (defs.length === 0) {
          make(el, { kind: 'start', trigger: { type: 'itemSubmitted' } });
          break;
        }
        const message =
          defs[0]!.$type === 'bpmn:MessageEventDefinition'
            ? (defs[0]!.get('messageRef') as ModdleElement | undefined)?.get('name')
            : undefined;
        const m = typeof message === 'string' ? message.match(/^stroomlijn\.record\.(\w+)\.(\w+)$/) : null;
        if (
          !m ||
          !(RecordEntities as readonly string[]).includes(m[1]!) ||
          !(RecordEvents as readonly string[]).includes(m[2]!)
        ) {
          refuse(el, 'unsupportedStart', defs[0]!.$type);
          break;
        }
        make(el, { kind: 'start', trigger: { type: 'record', entity: m[1], event: m[2] } });
        break;
      }
      case 'bpmn:EndEvent':
        if (definitionsOf(el).length) refuse(el, 'unsupportedElement', definitionsOf(el)[0]!.$type);
        else if (incoming(el).some((f) => isTriggerCheck(f.get('sourceRef') as ModdleElement))) pass.add(el);
        else make(el, { kind: 'end', ...(name ? { title: name } : {}) });
        break;
      case 'bpmn:UserTask':
        make(el, { kind: 'task', title: name || nodeId(el), ...userTaskSettings(el) });
        break;
      case 'bpmn:SendTask':
      case 'bpmn:ServiceTask': {
        const type = jobTypeOf(el);
        const h = headersOf(el);
        const outputs = effectsOf(el);
        if (type === JobTypes.sendMessage) {
          const message = {
            enabled: true,
            addressee: Addressee.safeParse(json<unknown[]>(h.addressees, [])[0]).data ?? { type: 'taskUsers' },
            ...(h.template ? { templateId: h.template } : {}),
            ...(h.channel ? { channel: h.channel } : {}),
          };
          if (h.moment === 'start' || h.moment === 'enter') {
            pass.add(el);
            if (h.moment === 'enter') {
              // A task without a user task of its own (an info task, or one an automatic action always takes).
              const userTask = [...followAll(el)].find(isUserTask);
              if (!userTask)
                make(el, {
                  kind: 'task',
                  title: h.taskTitle ?? name ?? nodeId(el),
                  destinations: json(h.destinations, []),
                  infoTask: h.infoTask === 'true',
                  message,
                  id: h.task ?? nodeId(el),
                });
            }
          } else if (h.moment === 'action')
            make(el, { kind: 'action', label: name || nodeId(el), message, effects: outputs, ...actionProps(el) });
          else
            make(el, {
              kind: 'notify',
              ...(name && name !== 'Message' ? { title: name } : {}),
              to: json(h.addressees, []),
              ...(h.template ? { templateId: h.template } : {}),
              ...(h.channel ? { channel: h.channel } : {}),
            });
        } else if (type === JobTypes.createCrmTask) {
          make(el, {
            kind: 'createTask',
            title: h.title ?? name ?? '',
            ...(h.taskType ? { taskType: h.taskType } : {}),
            ...(h.assignee ? { assigneeUserId: h.assignee } : {}),
            ...(h.dueInDays !== undefined ? { dueInDays: Number(h.dueInDays) } : {}),
          });
        } else if (type === JobTypes.callWebhook) {
          const retries = Number(ext(el, 'zeebe:TaskDefinition')?.get('retries') ?? 4) - 1;
          make(el, {
            kind: 'webhook',
            ...(name && name !== h.url ? { title: name } : {}),
            method: h.method ?? 'POST',
            url: h.url,
            ...(h.body ? { bodyTemplate: h.body } : {}),
            ...(h.timeoutSeconds ? { timeoutSeconds: Number(h.timeoutSeconds) } : {}),
            retries: Math.max(0, retries),
          });
        } else if (type === JobTypes.setRecordField) {
          make(el, { kind: 'setField', field: h.field, value: json(h.value, '') });
        } else refuse(el, 'unknownJobType', type ?? 'none');
        break;
      }
      case 'bpmn:IntermediateThrowEvent':
        if (definitionsOf(el).length) refuse(el, 'unsupportedElement', definitionsOf(el)[0]!.$type);
        else if (startChain.has(el)) pass.add(el);
        else make(el, { kind: 'action', label: name || nodeId(el), effects: effectsOf(el), ...actionProps(el) });
        break;
      case 'bpmn:IntermediateCatchEvent': {
        const def = definitionsOf(el)[0];
        if (def?.$type !== 'bpmn:TimerEventDefinition') {
          refuse(el, 'unsupportedElement', def?.$type ?? el.$type);
          break;
        }
        const duration = (def.get('timeDuration') as ModdleElement | undefined)?.get('body') as string | undefined;
        const date = (def.get('timeDate') as ModdleElement | undefined)?.get('body') as string | undefined;
        const d = timerAfter(def);
        const field = date && !d ? dateFieldOf(date) : undefined;
        if (startChain.has(el)) {
          pass.add(el);
          if (!d) refuse(el, 'unsupportedTimer', duration ?? date ?? '');
          break;
        }
        if (d)
          make(el, {
            kind: 'wait',
            ...(name && name !== 'Wait' ? { title: name } : {}),
            until: { type: 'duration', ...d },
          });
        else if (field)
          make(el, {
            kind: 'wait',
            ...(name && name !== 'Wait' ? { title: name } : {}),
            until: { type: 'dateField', field: JSON.parse(field) as string },
          });
        else refuse(el, 'unsupportedTimer', duration ?? date ?? '');
        break;
      }
      case 'bpmn:ExclusiveGateway':
        if (isMerge(el) || isActionGateway(el) || entryTaskOf(el) || isTriggerCheck(el)) pass.add(el);
        else
          make(el, {
            kind: 'condition',
            title: name || nodeId(el),
            branches: outgoing(el)
              .filter((f) => !isDefaultFlow(f))
              .map((f) => ({
                id: f.id,
                label: (f.get('name') as string | undefined) ?? f.id,
                condition: condition(el, conditionOf(f)) ?? { always: true },
              })),
          });
        break;
      case 'bpmn:BoundaryEvent': {
        const def = definitionsOf(el)[0];
        if (def?.$type !== 'bpmn:ConditionalEventDefinition') refuse(el, 'unsupportedElement', def?.$type ?? el.$type);
        else pass.add(el);
        break;
      }
      case 'bpmn:ParallelGateway':
        if (startChain.has(el)) pass.add(el);
        else refuse(el, 'unsupportedElement', el.$type);
        break;
      default:
        refuse(el, 'unsupportedElement', el.$type);
    }
  }
  if (problems.length) return { ok: false, problems };

  // The trigger's checks and delay, and the start's message.
  for (const start of starts) {
    const node = nodes.get(start);
    if (node?.kind !== 'start') continue;
    let checked = false;
    for (const el of startChain) {
      if (el.$type === 'bpmn:ExclusiveGateway' && node.trigger.type === 'record' && !checked) {
        checked = true;
        const flow = outgoing(el).find((f) => !isDefaultFlow(f));
        const c = flow ? feelToCondition(conditionOf(flow) ?? 'true') : undefined;
        if (c && !('always' in c)) Object.assign(node.trigger, triggerCheck(node.trigger.event, c));
      }
      if (el.$type === 'bpmn:IntermediateCatchEvent' && node.trigger.type === 'record') {
        const d = timerAfter(definitionsOf(el)[0]);
        if (d && reminderTimers.has(el)) node.trigger.reminder = d;
        else if (d) node.trigger.delay = d;
      }
      const moment = sendMoment(el);
      if (moment === 'start') {
        const h = headersOf(el);
        node.message = {
          enabled: true,
          addressee: Addressee.safeParse(json<unknown[]>(h.addressees, [])[0]).data ?? { type: 'taskUsers' },
          ...(h.template ? { templateId: h.template } : {}),
          ...(h.channel ? { channel: h.channel as 'email' } : {}),
        };
      }
    }
  }

  // Messages on entry, automatic actions (on entry and while waiting) and the task → action edges.
  for (const el of elements) {
    const gatewayTask = entryTaskOf(el);
    if (gatewayTask) {
      const task = nodes.get(gatewayTask)!;
      for (const f of outgoing(el).filter((x) => !isDefaultFlow(x))) {
        for (const action of reach(targetOf(f))) {
          if (action.kind !== 'action') continue;
          action.mode = 'automatic';
          action.condition = condition(el, conditionOf(f)) ?? { always: true };
          addEdge(task.id, action.id);
        }
      }
    }
    if (el.$type === 'bpmn:BoundaryEvent') {
      const task = nodes.get(el.get('attachedToRef') as ModdleElement);
      for (const f of outgoing(el))
        for (const action of reach(targetOf(f))) if (task && action.kind === 'action') addEdge(task.id, action.id);
    }
    if (sendMoment(el) === 'enter' && !isEscalationPart(el)) {
      const h = headersOf(el);
      const task = [...followAll(el)].map((x) => nodes.get(x)).find((n) => n?.kind === 'task') ?? nodes.get(el);
      if (task?.kind === 'task' && !task.message) {
        task.message = {
          enabled: true,
          addressee: Addressee.safeParse(json<unknown[]>(h.addressees, [])[0]).data ?? { type: 'taskUsers' },
          ...(h.template ? { templateId: h.template } : {}),
          ...(h.channel ? { channel: h.channel as 'email' } : {}),
        };
        if (h.infoTask === 'true') task.infoTask = true;
      }
      // A task without a user task goes straight on through the action after its message.
      if (task?.kind === 'task' && nodes.get(el) === task) {
        for (const f of outgoing(el)) {
          if (entryTaskOf(targetOf(f))) continue;
          for (const next of reach(targetOf(f))) {
            // An info task's first action may be manual; otherwise it is an automatic action that always fires.
            if (next.kind === 'action' && (next.mode === 'automatic' || !task.infoTask)) {
              next.mode = 'automatic';
              next.condition ??= { always: true };
            }
            addEdge(task.id, next.id);
          }
        }
      }
    }
  }

  // Every other edge: from each step along its flows, past the elements that are part of a step.
  for (const [el, node] of nodes) {
    if (sendMoment(el) === 'enter') continue;
    for (const f of outgoing(el)) {
      const handle = node.kind === 'condition' ? (isDefaultFlow(f) ? DEFAULT_BRANCH : f.id) : undefined;
      for (const target of reach(targetOf(f))) addEdge(node.id, target.id, handle);
    }
  }

  const placed = placeNodes(root, nodes);
  const name = (process.get('name') as string | undefined) ?? 'Workflow';
  return { ok: true, name, graph: { nodes: placed, edges } };

  /** The steps a flow into `el` reaches: `el` itself, or past a merge, a message, the gateways around a task. */
  function reach(el: ModdleElement, seen = new Set<ModdleElement>()): WorkflowNode[] {
    if (seen.has(el)) return [];
    seen.add(el);
    const node = nodes.get(el);
    if (node) return [node];
    if (!pass.has(el)) return [];
    const task = entryTaskOf(el);
    if (task) return reach(task, seen);
    if (isTriggerCheck(el))
      return outgoing(el)
        .filter((f) => !isDefaultFlow(f))
        .flatMap((f) => reach(targetOf(f), seen));
    return outgoing(el).flatMap((f) => reach(targetOf(f), seen));
  }
  function followAll(el: ModdleElement): Set<ModdleElement> {
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

  function userTaskSettings(el: ModdleElement): Record<string, unknown> {
    const destinations: Destination[] = [];
    const assignment = ext(el, 'zeebe:AssignmentDefinition');
    const groups = assignment?.get('candidateGroups') as string | undefined;
    const users = assignment?.get('candidateUsers') as string | undefined;
    if (users && !users.startsWith('='))
      destinations.push({
        type: 'users',
        userIds: users
          .split(',')
          .map((u) => u.trim())
          .filter(Boolean),
        showInTaskList: true,
      });
    if (users?.startsWith('=')) {
      const inner = users.match(/^=\[(.*)\](?:\[item != null\])?$/)?.[1] ?? '';
      const fixed: string[] = [];
      for (const part of inner.match(/get value\(fields, "(?:[^"\\]|\\.)*"\)|"(?:[^"\\]|\\.)*"|\w+/g) ?? []) {
        if (part === 'submitter') destinations.push({ type: 'submitter', showInTaskList: true });
        else if (part === 'taskManager') destinations.push({ type: 'taskManager', showInTaskList: true });
        else if (part.startsWith('get value'))
          destinations.push({
            type: 'userField',
            field: JSON.parse(part.slice('get value(fields, '.length, -1)) as string,
            showInTaskList: true,
          });
        else if (part.startsWith('"')) fixed.push(JSON.parse(part) as string);
      }
      if (fixed.length) destinations.unshift({ type: 'users', userIds: fixed, showInTaskList: true });
    }
    if (groups)
      for (const g of groups
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean))
        destinations.push({ type: 'role', roleId: g, showInTaskList: true });
    const due = ext(el, 'zeebe:TaskSchedule')?.get('dueDate') as string | undefined;
    const after = due?.match(/^=now\(\) \+ duration\("(P[^"]+)"\)$/)?.[1];
    const workingDays = due ? workingDaysOf(due) : undefined;
    const afterDuration = after
      ? fromIsoDuration(after)
      : workingDays
        ? ({ amount: workingDays, unit: 'workingDays' } as const)
        : undefined;
    const dueField = due && !afterDuration ? dateFieldOf(due) : undefined;
    const listeners = (ext(el, 'zeebe:TaskListeners')?.get('listeners') as ModdleElement[] | undefined) ?? [];
    const escalation = Escalation.safeParse(json<unknown>(propertiesOf(el)[ESCALATION_PROPERTY], undefined));
    return {
      ...(escalation.success ? { escalation: escalation.data } : {}),
      destinations,
      ...(afterDuration
        ? { deadline: { type: 'after', ...afterDuration } }
        : dueField
          ? { deadline: { type: 'dateField', field: JSON.parse(dueField) as string } }
          : {}),
      reactionRequired: listeners.some((l) => l.get('type') === JobTypes.checkReaction),
    };
  }

  /** The role and mode the export keeps in zeebe:properties. */
  function actionProps(el: ModdleElement): Record<string, string> {
    const props = propertiesOf(el);
    return {
      ...(props['stroomlijn.role'] ? { role: props['stroomlijn.role'] } : {}),
      ...(props['stroomlijn.mode'] === 'automatic' ? { mode: 'automatic' } : {}),
    };
  }

  function effectsOf(el: ModdleElement): Effect[] {
    const outputs = ((ext(el, 'zeebe:IoMapping')?.get('outputParameters') as ModdleElement[] | undefined) ?? []).map(
      (o) => ({ source: String(o.get('source') ?? ''), target: String(o.get('target') ?? '') }),
    );
    const effects: Effect[] = [];
    for (const o of outputs) {
      if (o.target === 'status') {
        const status = o.source.match(/^="((?:[^"\\]|\\.)*)"$/)?.[1];
        if (status !== undefined) effects.push({ type: 'setStatus', status: JSON.parse(`"${status}"`) as string });
      } else if (o.target === 'fields') {
        for (const m of o.source.matchAll(/, ("(?:[^"\\]|\\.)*"), ("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)\)/g))
          effects.push({
            type: 'setField',
            field: JSON.parse(m[1]!) as string,
            value: JSON.parse(m[2]!) as string | number | boolean,
          });
      }
    }
    return effects;
  }
}

const isGroup = (r: Rule | Group): r is Group => 'join' in r;

/**
 * A record trigger's check as the export writes it: for a field change or a status change, its field
 * and value first (field = value), then the only-if condition.
 */
function triggerCheck(event: string, c: Group): { field?: string; value?: string; onlyIf?: Condition } {
  const [first, ...rest] = c.rules;
  const equals = (r: Rule | Group | undefined): Rule | undefined =>
    r === undefined
      ? undefined
      : isGroup(r)
        ? r.rules.length === 1 && !isGroup(r.rules[0]!) && r.rules[0]!.operator === 'equals'
          ? r.rules[0]
          : undefined
        : r.operator === 'equals'
          ? r
          : undefined;
  if (event !== 'fieldChanged' && event !== 'statusChangedTo') return { onlyIf: c };
  const fieldRule =
    c.join === 'and' ? (isGroup(first!) ? equals(first) : rest.length === 0 ? equals(first) : undefined) : undefined;
  if (!fieldRule) return { onlyIf: c };
  const fieldValue = { field: fieldRule.field, value: String(fieldRule.value ?? '') };
  if (rest.length === 0) return fieldValue;
  return { ...fieldValue, onlyIf: rest.length === 1 && isGroup(rest[0]!) ? rest[0] : { join: 'and', rules: rest } };
}

/** Positions from the diagram (undoing the export's spread), else one below the other. */
function placeNodes(root: ModdleElement, nodes: Map<ModdleElement, WorkflowNode>): WorkflowNode[] {
  const bounds = new Map<string, { x: number; y: number }>();
  for (const diagram of (root.get('diagrams') as ModdleElement[] | undefined) ?? []) {
    for (const shape of ((diagram.get('plane') as ModdleElement | undefined)?.get('planeElement') as
      ModdleElement[] | undefined) ?? []) {
      const b = shape.get('bounds') as ModdleElement | undefined;
      const el = shape.get('bpmnElement') as ModdleElement | undefined;
      if (b && el?.id)
        bounds.set(el.id, {
          x: Number(b.get('x')) + Number(b.get('width')) / 2,
          y: Number(b.get('y')) + Number(b.get('height')) / 2,
        });
    }
  }
  let row = 0;
  return [...nodes].map(([el, node]) => {
    const c = el.id ? bounds.get(el.id) : undefined;
    const position = c ? { x: Math.round((c.x - 60) / 2), y: Math.round((c.y - 50) / 1.6) } : { x: 0, y: 160 * row++ };
    return { ...node, position };
  });
}
