import type { ModdleElement } from 'bpmn-moddle';
import type { Condition } from '../../model/condition';
import type { Duration, NodeOf } from '../../model/workflow-nodes';
import { conditionToFeel, isAlways } from '../feel';
import { recordMessageName } from '../jobs';
import type { BpmnBuilder } from './bpmn-builder';
import { single, type Fragment } from './fragment';

/**
 * The start step: a none start event for a submitted item; for a record trigger, a message start
 * event, then its check (field and value, only-if), delay and reminder; then its message, when on.
 */
export function startFragment(b: BpmnBuilder, node: NodeOf<'start'>): Fragment {
  const trigger = node.trigger;
  let last: ModdleElement;
  let entry: ModdleElement;
  if (trigger.type === 'itemSubmitted') {
    entry = last = b.make('bpmn:StartEvent', b.ids.make('StartEvent', node.id), { name: 'Start' });
  } else {
    const message = b.moddle.create('bpmn:Message', {
      id: b.ids.make('Message', node.id),
      name: recordMessageName(trigger.entity, trigger.event),
    });
    b.messages.push(message);
    entry = last = b.make('bpmn:StartEvent', b.ids.make('StartEvent', node.id), {
      name: recordMessageName(trigger.entity, trigger.event),
      eventDefinitions: [
        b.moddle.create('bpmn:MessageEventDefinition', {
          id: b.ids.make('MessageEventDefinition', node.id),
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
      const g = b.make('bpmn:ExclusiveGateway', b.ids.make('Gateway', `${node.id}_${suffix}`), { name: label });
      skipped ??= b.make('bpmn:EndEvent', b.ids.make('EndEvent', `${node.id}_skipped`), { name: 'Not applicable' });
      b.flow(g, skipped, { isDefault: true });
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
      b.flow(from, g);
      return { out: g, condition: check };
    };
    const timer = (suffix: string, name: string, d: Duration) =>
      b.make('bpmn:IntermediateCatchEvent', b.ids.make('Timer', `${node.id}_${suffix}`), {
        name,
        eventDefinitions: [b.timerDefinition(`${node.id}_${suffix}`, node, 'entered', [d])],
      });
    let pending = checked(last, 'Only if', 'onlyIf');
    const to = (target: ModdleElement) => {
      b.flow(pending.out, target, pending.condition ? { condition: pending.condition } : {});
      last = target;
    };
    if (trigger.delay) {
      to(timer('delay', 'Delay', trigger.delay));
      pending = checked(last, 'Still applies?', 'recheck');
    }
    if (trigger.reminder) {
      const fork = b.make('bpmn:ParallelGateway', b.ids.make('Gateway', `${node.id}_reminder`), { name: 'Reminder' });
      to(fork);
      const again = b.make('bpmn:ExclusiveGateway', b.ids.make('Gateway', `${node.id}_again`), { name: 'Run (again)' });
      b.flow(fork, again);
      const wait = timer('reminder', 'Reminder', trigger.reminder);
      b.flow(fork, wait);
      last = wait;
      pending = checked(wait, 'Still applies?', 'reminderCheck');
      to(again);
    } else if (pending.condition) {
      // The check needs a way on even when nothing follows: a none event marks it.
      to(b.make('bpmn:IntermediateThrowEvent', b.ids.make('Event', `${node.id}_applies`), { name: 'Applies' }));
    }
  }
  if (node.message?.enabled) {
    const send = b.settingMessage(node, node.message, 'start', 'Message on start');
    b.flow(last, send);
    last = send;
  }
  return single(entry, last);
}
