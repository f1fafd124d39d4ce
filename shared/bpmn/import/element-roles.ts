import type { ModdleElement } from 'bpmn-moddle';
import { ESCALATION_PROPERTY, JobTypes } from '../jobs';
import {
  conditionOf,
  definitionsOf,
  headersOf,
  isDefaultFlow,
  jobTypeOf,
  propertiesOf,
  targetOf,
} from './element-readers';
import { incoming, outgoing } from './flows';

/** The parts the export adds around steps, recognised: escalation paths, messages, merges, the gateways around a task. */

/** A timer boundary event on a user task that carries Stroomlijn's escalation: the export's way of running it. */
const isEscalationTimer = (el: ModdleElement) =>
  el.$type === 'bpmn:BoundaryEvent' &&
  definitionsOf(el)[0]?.$type === 'bpmn:TimerEventDefinition' &&
  Boolean(propertiesOf(el.get('attachedToRef') as ModdleElement)[ESCALATION_PROPERTY]);
/** An element on an escalation's path: its timers, the messages and reassignment they lead to, their ends. */
export const isEscalationPart = (el: ModdleElement): boolean =>
  isEscalationTimer(el) ||
  ((el.$type === 'bpmn:SendTask' || el.$type === 'bpmn:ServiceTask') && Boolean(headersOf(el).escalation)) ||
  (el.$type === 'bpmn:EndEvent' &&
    incoming(el).length > 0 &&
    incoming(el).every((f) => isEscalationPart(f.get('sourceRef') as ModdleElement)));

/** When a send task sends Stroomlijn's message: start, enter, action, notify. */
export const sendMoment = (el: ModdleElement) =>
  el.$type === 'bpmn:SendTask' && jobTypeOf(el) === JobTypes.sendMessage ? headersOf(el).moment : undefined;
export const isUserTask = (el: ModdleElement) => el.$type === 'bpmn:UserTask';
/** A gateway after a user task that routes on the action taken. */
export const isActionGateway = (el: ModdleElement) =>
  el.$type === 'bpmn:ExclusiveGateway' &&
  outgoing(el).length > 0 &&
  outgoing(el).every((f) => /^=\s*action = "(?:[^"\\]|\\.)*"$/.test(conditionOf(f) ?? ''));
export const isMerge = (el: ModdleElement) =>
  el.$type === 'bpmn:ExclusiveGateway' && outgoing(el).length === 1 && !conditionOf(outgoing(el)[0]!);
/** A gateway before a user task: its conditions are the task's automatic actions, its default the task. */
export const entryTaskOf = (el: ModdleElement): ModdleElement | undefined => {
  if (el.$type !== 'bpmn:ExclusiveGateway') return undefined;
  const fallback = outgoing(el).find(isDefaultFlow);
  return fallback && isUserTask(targetOf(fallback)) && outgoing(el).length > 1 ? targetOf(fallback) : undefined;
};
/** A record trigger's check: a gateway on the start's chain whose default ends the run at once. */
export const isTriggerCheck = (el: ModdleElement, startChain: ReadonlySet<ModdleElement>) => {
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
