import type { ModdleElement } from 'bpmn-moddle';
import { conditionOf, headersOf, isDefaultFlow, messageOf, targetOf } from './element-readers';
import { entryTaskOf, isEscalationPart, sendMoment } from './element-roles';
import { outgoing } from './flows';
import { followAll, type ImportGraph } from './import-graph';

/** Messages on entry, automatic actions (on entry and while waiting) and the task → action edges. */
export function linkTasks(g: ImportGraph, elements: ModdleElement[]): void {
  for (const el of elements) {
    const gatewayTask = entryTaskOf(el);
    if (gatewayTask) {
      const task = g.nodes.get(gatewayTask)!;
      for (const f of outgoing(el).filter((x) => !isDefaultFlow(x))) {
        for (const action of g.reach(targetOf(f))) {
          if (action.kind !== 'action') continue;
          action.mode = 'automatic';
          action.condition = g.condition(el, conditionOf(f)) ?? { always: true };
          g.addEdge(task.id, action.id);
        }
      }
    }
    if (el.$type === 'bpmn:BoundaryEvent') {
      const task = g.nodes.get(el.get('attachedToRef') as ModdleElement);
      for (const f of outgoing(el))
        for (const action of g.reach(targetOf(f))) if (task && action.kind === 'action') g.addEdge(task.id, action.id);
    }
    if (sendMoment(el) === 'enter' && !isEscalationPart(el)) {
      const h = headersOf(el);
      const task = [...followAll(el)].map((x) => g.nodes.get(x)).find((n) => n?.kind === 'task') ?? g.nodes.get(el);
      if (task?.kind === 'task' && !task.message) {
        task.message = messageOf(h);
        if (h.infoTask === 'true') task.infoTask = true;
      }
      // A task without a user task goes straight on through the action after its message.
      if (task?.kind === 'task' && g.nodes.get(el) === task) {
        for (const f of outgoing(el)) {
          if (entryTaskOf(targetOf(f))) continue;
          for (const next of g.reach(targetOf(f))) {
            // An info task's first action may be manual; otherwise it is an automatic action that always fires.
            if (next.kind === 'action' && (next.mode === 'automatic' || !task.infoTask)) {
              next.mode = 'automatic';
              next.condition ??= { always: true };
            }
            g.addEdge(task.id, next.id);
          }
        }
      }
    }
  }
}
