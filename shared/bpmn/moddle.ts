import type { BpmnModdle } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };

/**
 * A moddle instance that knows Zeebe's extensions. bpmn-moddle loads at the first export or
 * import, not at every start.
 */
export async function zeebeModdle(): Promise<BpmnModdle> {
  const { BpmnModdle } = await import('bpmn-moddle');
  return new BpmnModdle({ zeebe: zeebeSchema });
}
