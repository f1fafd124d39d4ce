import type { ModdleElement } from 'bpmn-moddle';
import { definitionsOf, isDefaultFlow, targetOf } from './element-readers';
import { sendMoment } from './element-roles';
import { incoming, outgoing } from './flows';

export interface StartChain {
  starts: ModdleElement[];
  /** The start events and what belongs to them: checks, the delay, the reminder, the message. */
  chain: Set<ModdleElement>;
  /** The timers of record triggers' reminders. */
  reminderTimers: Set<ModdleElement>;
}

/** The start and what belongs to it: checks, the delay, its message. */
export function startChainOf(elements: ModdleElement[]): StartChain {
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
  return { starts, chain: startChain, reminderTimers };
}
