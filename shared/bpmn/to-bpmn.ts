import type { ModdleElement } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { assertNever } from '../assert-never';
import type { Condition } from '../model/condition';
import type { MessageSetting } from '../model/message-setting';
import type { WorkflowEdge, WorkflowGraph } from '../model/workflow';
import type { Duration, Effect, Escalation, NodeOf, WorkflowNode } from '../model/workflow-nodes';
import { nodeName } from '../workflow/context';
import { DEFAULT_BRANCH, GraphIndex } from '../workflow/graph';
import { canvasDiagram } from './diagram';
import { conditionToFeel, feelField, feelString } from './feel';
import { momentAfter, type After } from './feel-moments';
import { XmlIds } from './ids';
import { ESCALATION_PROPERTY, JobTypes, recordMessageName, taskFormReference } from './jobs';
import { atLeast, type BpmnExport, type BpmnWarning, type PlatformVersion } from './platform';

export interface BpmnSource {
  id: string;
  name: string;
  graph: WorkflowGraph;
}

/** A way out of a step's BPMN elements, taken by one of its edges. */
interface Exit {
  from: ModdleElement;
  /** FEEL, without the leading "=". */
  condition?: string;
  isDefault?: boolean;
  /** The flow's label (a condition's branch). */
  name?: string;
}

/** The BPMN elements one Stroomlijn step became: where its incoming edges enter, how each outgoing edge leaves. */
interface Fragment {
  entry: ModdleElement;
  exits(edge: WorkflowEdge): Exit[];
}

const EXECUTION_PLATFORM = 'Camunda Cloud';
const MODELER_NS = 'http://camunda.org/schema/modeler/1.0';

const isAlways = (c: Condition | undefined) => !c || 'always' in c;

/** Where a deadline counts from and how long after: entering the task, or a date field. */
const deadlineOf = (deadline: NonNullable<NodeOf<'task'>['deadline']>): [{ field: string } | 'entered', After[]] =>
  deadline.type === 'after' ? ['entered', [deadline]] : [{ field: deadline.field }, []];

/**
 * A workflow as BPMN 2.0 for Camunda 8 (Zeebe): the mapping of issue 15. Pure: the same workflow and
 * version give the same XML. What the version cannot express comes back as warnings beside the XML.
 */
export async function toBpmn(
  workflow: BpmnSource,
  options: { platformVersion: PlatformVersion; /** auto: always bpmn-auto-layout */ layout?: 'canvas' | 'auto' },
): Promise<BpmnExport> {
  const version = options.platformVersion;
  // bpmn-moddle (and bpmn-auto-layout, below) load at the first export, not at every start of the app.
  const { BpmnModdle } = await import('bpmn-moddle');
  const moddle = new BpmnModdle({ zeebe: zeebeSchema });
  const ids = new XmlIds();
  const index = new GraphIndex(workflow.graph);
  const warnings: BpmnWarning[] = [];
  const flowElements: ModdleElement[] = [];
  const messages: ModdleElement[] = [];
  /** The step each element belongs to, for the diagram. */
  const ownerOf = new Map<ModdleElement, string>();
  let owner: string | undefined;

  const make = (
    type: string,
    id: string,
    attrs: Record<string, unknown> = {},
    extensions: ModdleElement[] = [],
  ): ModdleElement => {
    const el = moddle.create(type, { id, ...attrs });
    if (extensions.length) el.set('extensionElements', moddle.create('bpmn:ExtensionElements', { values: extensions }));
    if (type !== 'bpmn:SequenceFlow' && type !== 'bpmn:BoundaryEvent') {
      el.set('incoming', []);
      el.set('outgoing', []);
    }
    flowElements.push(el);
    if (owner !== undefined) ownerOf.set(el, owner);
    return el;
  };
  const expression = (body: string) => moddle.create('bpmn:FormalExpression', { body });
  const flow = (
    from: ModdleElement,
    to: ModdleElement,
    how: { condition?: string; isDefault?: boolean; name?: string } = {},
  ) => {
    const f = make('bpmn:SequenceFlow', ids.make('Flow', `${from.id}_${to.id}`), {
      sourceRef: from,
      targetRef: to,
      ...(how.name ? { name: how.name } : {}),
    });
    if (how.condition !== undefined && !how.isDefault) f.set('conditionExpression', expression(`=${how.condition}`));
    (from.get('outgoing') as ModdleElement[]).push(f);
    if (to.$type !== 'bpmn:BoundaryEvent') (to.get('incoming') as ModdleElement[]).push(f);
    if (how.isDefault) from.set('default', f);
    return f;
  };
  const job = (type: string, headers: Record<string, string | undefined>, retries?: number): ModdleElement[] => {
    const values = Object.entries(headers)
      .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
      .map(([key, value]) => moddle.create('zeebe:Header', { key, value }));
    return [
      moddle.create('zeebe:TaskDefinition', { type, ...(retries !== undefined ? { retries: String(retries) } : {}) }),
      ...(values.length ? [moddle.create('zeebe:TaskHeaders', { values })] : []),
    ];
  };
  const sendMessage = (
    id: string,
    name: string,
    moment: string,
    m: { templateId?: string; channel?: string; addressees: unknown[]; taskNodeId?: string },
    more: Record<string, string> = {},
  ) =>
    make(
      'bpmn:SendTask',
      id,
      { name },
      job(JobTypes.sendMessage, {
        moment,
        template: m.templateId,
        channel: m.channel,
        addressees: JSON.stringify(m.addressees),
        ...(m.taskNodeId ? { task: m.taskNodeId } : {}),
        ...more,
      }),
    );
  const settingMessage = (
    node: WorkflowNode,
    setting: MessageSetting,
    moment: string,
    name: string,
    taskNodeId?: string,
    more: Record<string, string> = {},
  ) =>
    sendMessage(
      ids.make('SendTask', `${node.id}_${moment}`),
      name,
      moment,
      { templateId: setting.templateId, channel: setting.channel, addressees: [setting.addressee], taskNodeId },
      more,
    );
  /** Action effects as output mappings: the item status and one context put per field. */
  const outputs = (effects: Effect[]): ModdleElement[] => {
    if (!effects.length) return [];
    const params: ModdleElement[] = [];
    let fields = 'if fields = null then {} else fields';
    let changesFields = false;
    for (const effect of effects) {
      if (effect.type === 'setStatus')
        params.push(moddle.create('zeebe:Output', { source: `=${feelString(effect.status)}`, target: 'status' }));
      else {
        const value = typeof effect.value === 'string' ? feelString(effect.value) : String(effect.value);
        fields = `context put(${fields}, ${feelString(effect.field)}, ${value})`;
        changesFields = true;
      }
    }
    if (changesFields) params.push(moddle.create('zeebe:Output', { source: `=${fields}`, target: 'fields' }));
    return [moddle.create('zeebe:IoMapping', { outputParameters: params })];
  };
  /** A step's name in the diagram: its own, a set field's assignment, else none (BPMN shapes need no kind word). */
  const nameOf = (node: WorkflowNode): string =>
    nodeName(node, (n) => (n.kind === 'setField' ? `${n.field} = ${String(n.value)}` : ''));
  const single = (entry: ModdleElement, from: ModdleElement = entry): Fragment => ({ entry, exits: () => [{ from }] });
  const warned = new Set<string>();
  /** Working days are counted Monday to Friday in Camunda, which knows no office calendar: said once per step. */
  const warnWorkingDays = (node: WorkflowNode) => {
    if (warned.has(node.id)) return;
    warned.add(node.id);
    warnings.push({ code: 'workingDays', nodeId: node.id, name: nameOf(node) });
  };
  /** A timer that fires `after` each in turn from entering (or from a date field). */
  const timerDefinition = (
    suffix: string,
    node: WorkflowNode,
    from: { field: string } | 'entered',
    after: readonly After[],
  ): ModdleElement => {
    if (after.some((a) => a.unit === 'workingDays')) warnWorkingDays(node);
    const moment = momentAfter(from, after);
    const id = ids.make('TimerEventDefinition', suffix);
    return 'duration' in moment
      ? moddle.create('bpmn:TimerEventDefinition', { id, timeDuration: expression(moment.duration) })
      : moddle.create('bpmn:TimerEventDefinition', { id, timeDate: expression(moment.date) });
  };

  function startFragment(node: NodeOf<'start'>): Fragment {
    const trigger = node.trigger;
    let last: ModdleElement;
    let entry: ModdleElement;
    if (trigger.type === 'itemSubmitted') {
      entry = last = make('bpmn:StartEvent', ids.make('StartEvent', node.id), { name: 'Start' });
    } else {
      const message = moddle.create('bpmn:Message', {
        id: ids.make('Message', node.id),
        name: recordMessageName(trigger.entity, trigger.event),
      });
      messages.push(message);
      entry = last = make('bpmn:StartEvent', ids.make('StartEvent', node.id), {
        name: recordMessageName(trigger.entity, trigger.event),
        eventDefinitions: [
          moddle.create('bpmn:MessageEventDefinition', {
            id: ids.make('MessageEventDefinition', node.id),
            messageRef: message,
          }),
        ],
      });
      const rules: Condition[] = [];
      if (
        trigger.field &&
        trigger.value !== undefined &&
        (trigger.event === 'fieldChanged' || trigger.event === 'statusChangedTo')
      )
        rules.push({ join: 'and', rules: [{ field: trigger.field, operator: 'equals', value: trigger.value }] });
      if (trigger.onlyIf && !isAlways(trigger.onlyIf)) rules.push(trigger.onlyIf);
      const check = rules.length
        ? conditionToFeel({ join: 'and', rules: rules.map((r) => r as Exclude<Condition, { always: true }>) })
        : undefined;
      let skipped: ModdleElement | undefined;
      const gate = (label: string, suffix: string) => {
        const g = make('bpmn:ExclusiveGateway', ids.make('Gateway', `${node.id}_${suffix}`), { name: label });
        skipped ??= make('bpmn:EndEvent', ids.make('EndEvent', `${node.id}_skipped`), { name: 'Not applicable' });
        flow(g, skipped, { isDefault: true });
        return g;
      };
      /** Continue from `last` to `to`, through the check when there is one. */
      const checked = (
        from: ModdleElement,
        label: string,
        suffix: string,
      ): { out: ModdleElement; condition?: string } => {
        if (!check) return { out: from };
        const g = gate(label, suffix);
        flow(from, g);
        return { out: g, condition: check };
      };
      const timer = (suffix: string, name: string, d: Duration) =>
        make('bpmn:IntermediateCatchEvent', ids.make('Timer', `${node.id}_${suffix}`), {
          name,
          eventDefinitions: [timerDefinition(`${node.id}_${suffix}`, node, 'entered', [d])],
        });
      let pending = checked(last, 'Only if', 'onlyIf');
      const to = (target: ModdleElement) => {
        flow(pending.out, target, pending.condition ? { condition: pending.condition } : {});
        last = target;
      };
      if (trigger.delay) {
        to(timer('delay', 'Delay', trigger.delay));
        pending = checked(last, 'Still applies?', 'recheck');
      }
      if (trigger.reminder) {
        const fork = make('bpmn:ParallelGateway', ids.make('Gateway', `${node.id}_reminder`), { name: 'Reminder' });
        to(fork);
        const again = make('bpmn:ExclusiveGateway', ids.make('Gateway', `${node.id}_again`), { name: 'Run (again)' });
        flow(fork, again);
        const wait = timer('reminder', 'Reminder', trigger.reminder);
        flow(fork, wait);
        last = wait;
        pending = checked(wait, 'Still applies?', 'reminderCheck');
        to(again);
      } else if (pending.condition) {
        // The check needs a way on even when nothing follows: a none event marks it.
        to(make('bpmn:IntermediateThrowEvent', ids.make('Event', `${node.id}_applies`), { name: 'Applies' }));
      }
    }
    if (node.message?.enabled) {
      const send = settingMessage(node, node.message, 'start', 'Message on start');
      flow(last, send);
      last = send;
    }
    return single(entry, last);
  }

  function taskFragment(task: NodeOf<'task'>): Fragment {
    const actions = index.actionsOf(task.id);
    const automatic = actions.filter((a) => a.mode === 'automatic');
    const manual = actions.filter((a) => a.mode === 'manual');
    const routes = new Map<string, Exit[]>();
    const route = (actionId: string, exit: Exit) => routes.set(actionId, [...(routes.get(actionId) ?? []), exit]);
    let entry: ModdleElement | undefined;
    let last: ModdleElement | undefined;
    const chain = (el: ModdleElement) => {
      if (last) flow(last, el);
      entry ??= el;
      last = el;
    };
    const messaged = Boolean(task.message?.enabled);
    // The task's message names who the task is for: the worker resolves "the task's users" from it,
    // also when the task has no user task of its own (an info task).
    if (task.message?.enabled)
      chain(
        settingMessage(task, task.message, 'enter', task.title, task.id, {
          taskTitle: task.title,
          destinations: JSON.stringify(task.destinations),
          ...(task.infoTask ? { infoTask: 'true' } : {}),
        }),
      );
    // On entry: the automatic actions in order, up to the first that always fires; an info task with
    // its message goes straight on through its first action.
    const onEntry: { action: NodeOf<'action'>; condition?: string }[] = [];
    let straightOn: NodeOf<'action'> | undefined;
    for (const a of automatic) {
      if (isAlways(a.condition)) {
        straightOn = a;
        break;
      }
      onEntry.push({ action: a, condition: conditionToFeel(a.condition) });
    }
    if (!straightOn && task.infoTask && messaged && actions[0]) straightOn = actions[0];
    const needsUserTask = !straightOn;
    let userTask: ModdleElement | undefined;
    if (needsUserTask)
      userTask = make('bpmn:UserTask', ids.make('UserTask', task.id), { name: task.title }, userTaskExtensions(task));
    const target = userTask ?? null;
    if (onEntry.length) {
      const g = make('bpmn:ExclusiveGateway', ids.make('Gateway', `${task.id}_onEntry`), { name: 'Automatic?' });
      chain(g);
      for (const { action, condition } of onEntry) route(action.id, { from: g, ...(condition ? { condition } : {}) });
      if (target) flow(g, target, { isDefault: true });
      else route(straightOn!.id, { from: g, isDefault: true });
    } else if (target) chain(target);
    else if (straightOn && last) route(straightOn.id, { from: last });
    if (!entry) {
      // Nothing of its own: an automatic action that always fires, without a message. A none event keeps the step visible.
      const passing = make('bpmn:IntermediateThrowEvent', ids.make('Event', task.id), { name: task.title });
      entry = passing;
      route(straightOn!.id, { from: passing });
    }
    if (userTask) {
      if (manual.length === 1) route(manual[0]!.id, { from: userTask });
      else if (manual.length > 1) {
        const g = make('bpmn:ExclusiveGateway', ids.make('Gateway', `${task.id}_action`), { name: 'Action' });
        flow(userTask, g);
        for (const a of manual) route(a.id, { from: g, condition: `action = ${feelString(a.id)}` });
      }
      for (const { action, condition } of onEntry) {
        if (!atLeast(version, '8.9')) {
          warnings.push({ code: 'automaticOnChange', nodeId: action.id, name: action.label, needs: '8.9' });
          continue;
        }
        const boundary = make('bpmn:BoundaryEvent', ids.make('BoundaryEvent', action.id), {
          name: action.label,
          attachedToRef: userTask,
          cancelActivity: true,
          eventDefinitions: [
            moddle.create('bpmn:ConditionalEventDefinition', {
              id: ids.make('ConditionalEventDefinition', action.id),
              condition: expression(`=${condition ?? 'true'}`),
            }),
          ],
        });
        boundary.set('outgoing', []);
        route(action.id, { from: boundary });
      }
      if (manual.length === 0 && onEntry.length && !atLeast(version, '8.9')) {
        // Before 8.9 the task cannot wait for the field change: completing it takes the first automatic action.
        route(onEntry[0]!.action.id, { from: userTask });
      }
      if (task.escalation && task.deadline) escalationBoundaries(task, task.escalation, task.deadline, userTask, route);
    }
    return { entry, exits: (edge) => routes.get(edge.target) ?? (userTask ? [{ from: userTask }] : []) };
  }

  /**
   * A task's escalation (issue 16) as timer boundary events on its user task: at the deadline a
   * non-interrupting reminder to the task's users; `after` that the manager's message and the
   * reassignment (non-interrupting), or, when it takes one of the task's actions, an interrupting timer
   * whose path ends in that action. The settings themselves ride along as a property for the import.
   */
  function escalationBoundaries(
    task: NodeOf<'task'>,
    escalation: Escalation,
    deadline: NonNullable<NodeOf<'task'>['deadline']>,
    userTask: ModdleElement,
    route: (actionId: string, exit: Exit) => void,
  ) {
    const [from, toDeadline] = deadlineOf(deadline);
    const boundary = (suffix: string, name: string, after: readonly After[], interrupting: boolean) => {
      const b = make('bpmn:BoundaryEvent', ids.make('BoundaryEvent', `${task.id}_${suffix}`), {
        name,
        attachedToRef: userTask,
        cancelActivity: interrupting,
        eventDefinitions: [timerDefinition(`${task.id}_${suffix}`, task, from, after)],
      });
      b.set('outgoing', []);
      return b;
    };
    const users = { addressees: [{ type: 'taskUsers' }], destinations: JSON.stringify(task.destinations) };
    if (escalation.remindTemplateId) {
      const at = boundary('deadline', 'Deadline', toDeadline, false);
      const remind = sendMessage(
        ids.make('SendTask', `${task.id}_reminder`),
        'Reminder',
        'enter',
        { templateId: escalation.remindTemplateId, addressees: users.addressees, taskNodeId: task.id },
        { destinations: users.destinations, escalation: 'reminder' },
      );
      flow(at, remind);
      flow(remind, make('bpmn:EndEvent', ids.make('EndEvent', `${task.id}_reminded`), { name: 'Reminded' }));
    }
    const action = escalation.then.find((t): t is Extract<typeof t, { type: 'action' }> => t.type === 'action');
    let last = boundary('escalation', 'Escalation', [...toDeadline, escalation.after], Boolean(action));
    // As the engine does them: in order, and none after the action (the task is gone by then).
    for (const then of action ? escalation.then.slice(0, escalation.then.indexOf(action)) : escalation.then) {
      switch (then.type) {
        case 'notifyManager': {
          const send = sendMessage(
            ids.make('SendTask', `${task.id}_escalation_notify`),
            'Tell the task manager',
            'notify',
            { templateId: then.templateId, addressees: [{ type: 'taskManager' }], taskNodeId: task.id },
            { escalation: 'notifyManager' },
          );
          flow(last, send);
          last = send;
          break;
        }
        case 'reassign': {
          const reassign = make(
            'bpmn:ServiceTask',
            ids.make('ServiceTask', `${task.id}_reassign`),
            { name: 'Reassign' },
            job(JobTypes.reassignTask, {
              task: task.id,
              userTask: userTask.id,
              users: then.userIds.join(','),
              escalation: 'reassign',
            }),
          );
          flow(last, reassign);
          last = reassign;
          break;
        }
        case 'action':
          break;
        default:
          assertNever(then);
      }
    }
    if (action) route(action.actionNodeId, { from: last });
    else flow(last, make('bpmn:EndEvent', ids.make('EndEvent', `${task.id}_escalated`), { name: 'Escalated' }));
  }

  function userTaskExtensions(task: NodeOf<'task'>): ModdleElement[] {
    const ext: ModdleElement[] = [
      moddle.create('zeebe:UserTask'),
      moddle.create('zeebe:FormDefinition', { externalReference: taskFormReference(workflow.id, task.id) }),
    ];
    const groups: string[] = [];
    const users: string[] = [];
    let dynamic = false;
    for (const d of task.destinations) {
      switch (d.type) {
        case 'users':
          users.push(...d.userIds.map(feelString));
          break;
        case 'role':
          groups.push(d.roleId);
          break;
        case 'submitter':
          users.push('submitter');
          dynamic = true;
          break;
        case 'taskManager':
          users.push('taskManager');
          dynamic = true;
          break;
        case 'userField':
          users.push(feelField(d.field));
          dynamic = true;
          break;
        default:
          assertNever(d);
      }
    }
    const assignment: Record<string, string> = {};
    if (groups.length) assignment.candidateGroups = groups.join(',');
    if (users.length)
      assignment.candidateUsers = dynamic
        ? `=[${users.join(', ')}][item != null]`
        : users.map((u) => JSON.parse(u) as string).join(',');
    if (Object.keys(assignment).length) ext.push(moddle.create('zeebe:AssignmentDefinition', assignment));
    if (task.deadline) {
      const due = momentAfter(...deadlineOf(task.deadline));
      ext.push(
        moddle.create('zeebe:TaskSchedule', {
          dueDate: 'date' in due ? due.date : `=now() + duration(${feelString(due.duration)})`,
        }),
      );
      if (task.deadline.type === 'after' && task.deadline.unit === 'workingDays') warnWorkingDays(task);
    }
    if (task.reactionRequired) {
      if (atLeast(version, '8.8'))
        ext.push(
          moddle.create('zeebe:TaskListeners', {
            listeners: [moddle.create('zeebe:TaskListener', { eventType: 'completing', type: JobTypes.checkReaction })],
          }),
        );
      else warnings.push({ code: 'reactionRequired', nodeId: task.id, name: task.title, needs: '8.8' });
    }
    // The escalation's settings exactly, for the import (its boundary events are what Camunda runs).
    if (task.escalation && task.deadline)
      ext.push(
        moddle.create('zeebe:Properties', {
          properties: [
            moddle.create('zeebe:Property', { name: ESCALATION_PROPERTY, value: JSON.stringify(task.escalation) }),
          ],
        }),
      );
    return ext;
  }

  function fragment(node: WorkflowNode): Fragment {
    const name = nameOf(node);
    switch (node.kind) {
      case 'start':
        return startFragment(node);
      case 'task':
        return taskFragment(node);
      case 'action': {
        // What the engine does not need but the import does: the action's role and that it is automatic.
        const props = [
          ...(node.role !== 'complete' ? [['stroomlijn.role', node.role]] : []),
          ...(node.mode === 'automatic' ? [['stroomlijn.mode', 'automatic']] : []),
        ];
        const ext = [
          ...outputs(node.effects),
          ...(props.length
            ? [
                moddle.create('zeebe:Properties', {
                  properties: props.map(([name, value]) => moddle.create('zeebe:Property', { name, value })),
                }),
              ]
            : []),
        ];
        const task = index.taskOf(node.id);
        const el = node.message?.enabled
          ? make('bpmn:SendTask', ids.make('SendTask', `${node.id}_action`), { name }, [
              ...job(JobTypes.sendMessage, {
                moment: 'action',
                template: node.message.templateId,
                channel: node.message.channel,
                addressees: JSON.stringify([node.message.addressee]),
                ...(task ? { task: task.id } : {}),
              }),
              ...ext,
            ])
          : make('bpmn:IntermediateThrowEvent', ids.make('Event', node.id), { name }, ext);
        return single(el);
      }
      case 'condition': {
        const g = make('bpmn:ExclusiveGateway', ids.make('Gateway', node.id), { name });
        return {
          entry: g,
          exits: (edge) => {
            if ((edge.sourceHandle ?? DEFAULT_BRANCH) === DEFAULT_BRANCH) return [{ from: g, isDefault: true }];
            const branch = node.branches.find((b) => b.id === edge.sourceHandle);
            return branch ? [{ from: g, condition: conditionToFeel(branch.condition), name: branch.label }] : [];
          },
        };
      }
      case 'notify':
        return single(
          sendMessage(ids.make('SendTask', node.id), name || 'Message', 'notify', {
            templateId: node.templateId,
            channel: node.channel,
            addressees: node.to,
          }),
        );
      case 'createTask':
        return single(
          make(
            'bpmn:ServiceTask',
            ids.make('ServiceTask', node.id),
            { name },
            job(JobTypes.createCrmTask, {
              title: node.title,
              taskType: node.taskType,
              assignee: node.assigneeUserId,
              dueInDays: node.dueInDays === undefined ? undefined : String(node.dueInDays),
            }),
          ),
        );
      case 'webhook':
        if (Object.keys(node.headers ?? {}).length)
          warnings.push({ code: 'webhookHeaders', nodeId: node.id, name: name || node.url });
        return single(
          make(
            'bpmn:ServiceTask',
            ids.make('ServiceTask', node.id),
            { name: name || node.url },
            job(
              JobTypes.callWebhook,
              {
                method: node.method,
                url: node.url,
                body: node.bodyTemplate,
                timeoutSeconds: String(node.timeoutSeconds),
              },
              node.retries + 1,
            ),
          ),
        );
      case 'setField':
        return single(
          make(
            'bpmn:ServiceTask',
            ids.make('ServiceTask', node.id),
            { name },
            job(JobTypes.setRecordField, { field: node.field, value: JSON.stringify(node.value) }),
          ),
        );
      case 'wait': {
        const def =
          node.until.type === 'duration'
            ? timerDefinition(node.id, node, 'entered', [node.until])
            : timerDefinition(node.id, node, { field: node.until.field }, []);
        return single(
          make('bpmn:IntermediateCatchEvent', ids.make('Timer', node.id), {
            name: name || 'Wait',
            eventDefinitions: [def],
          }),
        );
      }
      case 'end':
        return single(make('bpmn:EndEvent', ids.make('EndEvent', node.id), { name }));
      default:
        return assertNever(node);
    }
  }

  const fragments = new Map<string, Fragment>();
  for (const node of workflow.graph.nodes) {
    owner = node.id;
    fragments.set(node.id, fragment(node));
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
      for (const w of ways) flow(w.from, entry, w);
      continue;
    }
    // Explicit merge: every way in meets at one gateway first.
    owner = node.id;
    const merge = make('bpmn:ExclusiveGateway', ids.make('Gateway', `${node.id}_merge`));
    for (const w of ways) flow(w.from, merge, w);
    flow(merge, entry);
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
  const laidOut = diagram ? xml : await (await import('bpmn-auto-layout')).layoutProcess(xml);
  return { xml: laidOut, fileName: `${fileSafe(workflow.name)}.bpmn`, warnings };
}

const fileSafe = (name: string) =>
  [...name]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim()
    .slice(0, 100) || 'workflow';
