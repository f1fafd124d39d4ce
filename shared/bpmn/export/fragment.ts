import type { ModdleElement } from 'bpmn-moddle';
import type { WorkflowEdge } from '../../model/workflow';

/** A way out of a step's BPMN elements, taken by one of its edges. */
export interface Exit {
  from: ModdleElement;
  /** FEEL, without the leading "=". */
  condition?: string;
  isDefault?: boolean;
  /** The flow's label (a condition's branch). */
  name?: string;
}

/** The BPMN elements one Stroomlijn step became: where its incoming edges enter, how each outgoing edge leaves. */
export interface Fragment {
  entry: ModdleElement;
  exits(edge: WorkflowEdge): Exit[];
}

/** A fragment with one way in and one way out, which every edge takes. */
export const single = (entry: ModdleElement, from: ModdleElement = entry): Fragment => ({
  entry,
  exits: () => [{ from }],
});
