import type { Condition, Group, Rule } from '../../model/condition';
import { feelToCondition } from '../feel-parse';
import { conditionOf, definitionsOf, headersOf, isDefaultFlow, messageOf } from './element-readers';
import { sendMoment } from './element-roles';
import { outgoing } from './flows';
import type { ImportGraph } from './import-graph';
import { timerAfter } from './timer-readers';

/** The trigger's checks, delay and reminder, and the start's message: read back from each start's chain. */
export function readStartSettings(g: ImportGraph): void {
  for (const start of g.start.starts) {
    const node = g.nodes.get(start);
    if (node?.kind !== 'start') continue;
    let checked = false;
    for (const el of g.start.chain) {
      if (el.$type === 'bpmn:ExclusiveGateway' && node.trigger.type === 'record' && !checked) {
        checked = true;
        const flow = outgoing(el).find((f) => !isDefaultFlow(f));
        const c = flow ? feelToCondition(conditionOf(flow) ?? 'true') : undefined;
        if (c && !('always' in c)) Object.assign(node.trigger, triggerCheck(node.trigger.event, c));
      }
      if (el.$type === 'bpmn:IntermediateCatchEvent' && node.trigger.type === 'record') {
        const d = timerAfter(definitionsOf(el)[0]);
        if (d && g.start.reminderTimers.has(el)) node.trigger.reminder = d;
        else if (d) node.trigger.delay = d;
      }
      const moment = sendMoment(el);
      if (moment === 'start') node.message = messageOf(headersOf(el));
    }
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
