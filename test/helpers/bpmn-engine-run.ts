import { Engine } from 'bpmn-engine';
import { Timers } from 'bpmn-elements';
import { EventEmitter } from 'node:events';
import { evaluate } from 'feelin';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };

/** What a run in bpmn-engine did, in Stroomlijn's words. */
export interface BpmnRun {
  /** User tasks entered, by Stroomlijn node id, in order. */
  entered: string[];
  messages: { nodeId: string; moment: string; templateId?: string }[];
  /** Each condition passed and the branch it took (its label, or "default"). */
  branches: string[];
  /** Waits that fired, by Stroomlijn node id. */
  waited: string[];
  /** The end events reached, by Stroomlijn node id. */
  ended: string[];
  /** Escalations that handed a task to others: "task: user, user". */
  reassigned: string[];
  status: unknown;
  fields: Record<string, unknown>;
}

const nodeIdOf = (id: string) =>
  id
    .replace(/^(StartEvent|UserTask|SendTask|ServiceTask|Event|Timer|EndEvent|Gateway)_/, '')
    .replace(/_(start|enter|action)$/, '');

interface Values {
  $type: string;
  [key: string]: unknown;
}
const extensionValues = (behaviour: { extensionElements?: { values?: Values[] } } | undefined): Values[] =>
  behaviour?.extensionElements?.values ?? [];

/**
 * Runs an export in bpmn-engine: FEEL evaluated with feelin over the variables the export reads
 * (fields, status, action), the job types as in-process workers that record what they would do, zeebe
 * output mappings applied, timers on a fake clock fired in order, and each user task answered with
 * the next of `actions` (Stroomlijn action ids).
 */
export async function runInBpmnEngine(
  xml: string,
  fields: Record<string, unknown>,
  actions: string[],
  conditions: Set<string> = new Set(),
  /** Let timers fire while a user task waits with no choice left (its deadline and escalation). */
  timersWhileWaiting = false,
): Promise<BpmnRun> {
  const vars: Record<string, unknown> = { fields: { ...fields } };
  const run: BpmnRun = {
    entered: [],
    messages: [],
    branches: [],
    waited: [],
    ended: [],
    reassigned: [],
    status: undefined,
    fields: {},
  };
  // A fake clock: timers wait here until the run has nothing else to do, then fire in order.
  const pending: { fn: (...args: unknown[]) => void; args: unknown[]; delay: number; order: number }[] = [];
  let order = 0;
  const timers = new Timers({
    setTimeout: ((fn: (...args: unknown[]) => void, delay: number, ...args: unknown[]) => {
      const t = { fn, args, delay, order: order++ };
      pending.push(t);
      return t;
    }) as unknown as typeof setTimeout,
    clearTimeout: ((t: unknown) => {
      const i = pending.indexOf(t as (typeof pending)[number]);
      if (i >= 0) pending.splice(i, 1);
    }) as unknown as typeof clearTimeout,
  });
  const feel = (expression: string): unknown => evaluate(expression.replace(/^=/, ''), vars).value;
  const listener = new EventEmitter();
  const choices = [...actions];

  const engine = new Engine({
    name: 'differential',
    source: xml,
    moddleOptions: { zeebe: zeebeSchema },
    timers,
    expressions: {
      resolveExpression: (expression: unknown) => {
        if (typeof expression !== 'string' || !expression.startsWith('=')) return expression;
        const value = feel(expression);
        // A FEEL date and time (a timer's timeDate) as the ISO text bpmn-engine's timers read.
        return value && typeof value === 'object' && 'zone' in value ? String(value) : value;
      },
    },
    extensions: {
      stroomlijn(element) {
        const activity = element as unknown as {
          type: string;
          id: string;
          behaviour: { Service?: unknown; extensionElements?: { values?: Values[] } };
        };
        const idle = { activate() {}, deactivate() {} };
        if (activity.type !== 'bpmn:SendTask' && activity.type !== 'bpmn:ServiceTask') return idle;
        activity.behaviour.Service = function Service() {
          return {
            execute(_message: unknown, callback: (err: unknown, output: unknown) => void) {
              const values = extensionValues(activity.behaviour);
              const headers = Object.fromEntries(
                (
                  (values.find((v) => v.$type === 'zeebe:TaskHeaders')?.values as
                    { key: string; value: string }[] | undefined) ?? []
                ).map((h) => [h.key, h.value]),
              );
              const type = values.find((v) => v.$type === 'zeebe:TaskDefinition')?.type;
              // A task's own message and its escalation's name the task in a header.
              if (type === 'stroomlijn.send-message')
                run.messages.push({
                  nodeId: headers.moment === 'enter' || headers.escalation ? headers.task! : nodeIdOf(activity.id),
                  moment: headers.moment!,
                  ...(headers.template ? { templateId: headers.template } : {}),
                });
              if (type === 'stroomlijn.reassign-task')
                run.reassigned.push(`${headers.task}: ${headers.users!.split(',').join(', ')}`);
              if (type === 'stroomlijn.set-record-field' && headers.field) {
                const value = JSON.parse(headers.value ?? '""') as unknown;
                if (headers.field === 'status') vars.status = String(value);
                else vars.fields = { ...(vars.fields as object), [headers.field]: value };
              }
              callback(null, {});
            },
          };
        };
        return idle;
      },
    },
  });

  listener.on(
    'activity.end',
    (api: { id: string; type: string; owner: { behaviour: { extensionElements?: { values?: Values[] } } } }) => {
      const io = extensionValues(api.owner.behaviour).find((v) => v.$type === 'zeebe:IoMapping');
      for (const out of (io?.outputParameters as { source: string; target: string }[] | undefined) ?? [])
        vars[out.target] = feel(out.source);
      // A trigger check's skip and an escalation's own paths end there; they are not the workflow's ends.
      if (api.type === 'bpmn:EndEvent' && !/_(skipped|reminded|escalated)$/.test(api.id))
        run.ended.push(nodeIdOf(api.id));
      // A timer catch event's end is reported with its definition's type.
      if (api.type === 'bpmn:TimerEventDefinition' || api.type === 'bpmn:IntermediateCatchEvent')
        run.waited.push(nodeIdOf(api.id));
    },
  );
  listener.on(
    'flow.take',
    (api: {
      content: { sourceId: string; id: string; name?: string; isDefault?: boolean };
      owner?: { name?: string; isDefault?: boolean };
    }) => {
      const source = nodeIdOf(api.content.sourceId);
      if (!conditions.has(source) || !api.content.sourceId.startsWith('Gateway_')) return;
      run.branches.push(api.owner?.name ?? api.content.name ?? 'default');
    },
  );
  listener.on('activity.wait', (api: { id: string; type: string; signal(output?: unknown): void }) => {
    // A record trigger's message start: the record change has happened.
    if (api.type === 'bpmn:StartEvent' || api.type === 'bpmn:MessageEventDefinition') return api.signal();
    if (api.type !== 'bpmn:UserTask') return;
    run.entered.push(nodeIdOf(api.id));
    const action = choices.shift();
    if (action === undefined) return;
    vars.action = action;
    api.signal({ action });
  });

  const execution = await engine.execute({ listener });
  let failed: unknown;
  engine.broker.subscribeOnce('event', 'engine.error', (_: unknown, m) => (failed = m.content));
  // Fire the timers in order while the run has nothing else to do (a user task without a choice left stops it).
  const waiting = () => execution.getPostponed().some((p: { type: string }) => p.type === 'bpmn:UserTask');
  while (engine.state !== 'idle' && !failed && (timersWhileWaiting || !waiting()) && pending.length) {
    pending.sort((a, b) => a.delay - b.delay || a.order - b.order);
    const next = pending.shift()!;
    next.fn(...next.args);
  }
  if (failed) throw new Error(JSON.stringify(failed));
  run.status = vars.status;
  run.fields = vars.fields as Record<string, unknown>;
  return run;
}
