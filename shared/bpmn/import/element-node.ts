import type { ModdleElement } from 'bpmn-moddle';
import { RecordEntities, RecordEvents } from '../../model/workflow-nodes';
import { actionProps, effectsOf } from './action-settings';
import { conditionOf, definitionsOf, isDefaultFlow, nodeId } from './element-readers';
import { entryTaskOf, isActionGateway, isEscalationPart, isMerge } from './element-roles';
import { incoming, outgoing } from './flows';
import type { ImportGraph } from './import-graph';
import { readJobTask } from './job-task-node';
import { dateFieldOf, timerAfter } from './timer-readers';
import { userTaskSettings } from './user-task-settings';

/**
 * One element of the process, by its BPMN type: the step it becomes, a part of a neighbouring step
 * (passed over), or a problem.
 */
export function readElement(g: ImportGraph, el: ModdleElement): void {
  if ((el.get('loopCharacteristics') as unknown) !== undefined) {
    g.refuse(el, 'multiInstance', el.$type);
    return;
  }
  const name = el.get('name') as string | undefined;
  if (isEscalationPart(el)) {
    g.pass.add(el);
    return;
  }
  switch (el.$type) {
    case 'bpmn:StartEvent': {
      const defs = definitionsOf(el);
      if (defs.length === 0) {
        g.make(el, { kind: 'start', trigger: { type: 'itemSubmitted' } });
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
        g.refuse(el, 'unsupportedStart', defs[0]!.$type);
        break;
      }
      g.make(el, { kind: 'start', trigger: { type: 'record', entity: m[1], event: m[2] } });
      break;
    }
    case 'bpmn:EndEvent':
      if (definitionsOf(el).length) g.refuse(el, 'unsupportedElement', definitionsOf(el)[0]!.$type);
      else if (incoming(el).some((f) => g.isTriggerCheck(f.get('sourceRef') as ModdleElement))) g.pass.add(el);
      else g.make(el, { kind: 'end', ...(name ? { title: name } : {}) });
      break;
    case 'bpmn:UserTask':
      g.make(el, { kind: 'task', title: name || nodeId(el), ...userTaskSettings(el) });
      break;
    case 'bpmn:SendTask':
    case 'bpmn:ServiceTask':
      readJobTask(g, el, name);
      break;
    case 'bpmn:IntermediateThrowEvent':
      if (definitionsOf(el).length) g.refuse(el, 'unsupportedElement', definitionsOf(el)[0]!.$type);
      else if (g.start.chain.has(el)) g.pass.add(el);
      else g.make(el, { kind: 'action', label: name || nodeId(el), effects: effectsOf(el), ...actionProps(el) });
      break;
    case 'bpmn:IntermediateCatchEvent': {
      const def = definitionsOf(el)[0];
      if (def?.$type !== 'bpmn:TimerEventDefinition') {
        g.refuse(el, 'unsupportedElement', def?.$type ?? el.$type);
        break;
      }
      const duration = (def.get('timeDuration') as ModdleElement | undefined)?.get('body') as string | undefined;
      const date = (def.get('timeDate') as ModdleElement | undefined)?.get('body') as string | undefined;
      const d = timerAfter(def);
      const field = date && !d ? dateFieldOf(date) : undefined;
      if (g.start.chain.has(el)) {
        g.pass.add(el);
        if (!d) g.refuse(el, 'unsupportedTimer', duration ?? date ?? '');
        break;
      }
      if (d)
        g.make(el, {
          kind: 'wait',
          ...(name && name !== 'Wait' ? { title: name } : {}),
          until: { type: 'duration', ...d },
        });
      else if (field)
        g.make(el, {
          kind: 'wait',
          ...(name && name !== 'Wait' ? { title: name } : {}),
          until: { type: 'dateField', field: JSON.parse(field) as string },
        });
      else g.refuse(el, 'unsupportedTimer', duration ?? date ?? '');
      break;
    }
    case 'bpmn:ExclusiveGateway':
      if (isMerge(el) || isActionGateway(el) || entryTaskOf(el) || g.isTriggerCheck(el)) g.pass.add(el);
      else
        g.make(el, {
          kind: 'condition',
          title: name || nodeId(el),
          branches: outgoing(el)
            .filter((f) => !isDefaultFlow(f))
            .map((f) => ({
              id: f.id,
              label: (f.get('name') as string | undefined) ?? f.id,
              condition: g.condition(el, conditionOf(f)) ?? { always: true },
            })),
        });
      break;
    case 'bpmn:BoundaryEvent': {
      const def = definitionsOf(el)[0];
      if (def?.$type !== 'bpmn:ConditionalEventDefinition') g.refuse(el, 'unsupportedElement', def?.$type ?? el.$type);
      else g.pass.add(el);
      break;
    }
    case 'bpmn:ParallelGateway':
      if (g.start.chain.has(el)) g.pass.add(el);
      else g.refuse(el, 'unsupportedElement', el.$type);
      break;
    default:
      g.refuse(el, 'unsupportedElement', el.$type);
  }
}
