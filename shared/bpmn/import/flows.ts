import type { ModdleElement } from 'bpmn-moddle';

/** Flows out of and into each element, from the flows' own source and target (files need not list them on the elements). */
const outs = new WeakMap<ModdleElement, ModdleElement[]>();
const ins = new WeakMap<ModdleElement, ModdleElement[]>();

/** Notes each sequence flow among a process's flow elements as going out of its source and into its target. */
export function indexFlows(all: ModdleElement[]): void {
  for (const flow of all.filter((e) => e.$type === 'bpmn:SequenceFlow')) {
    const source = flow.get('sourceRef') as ModdleElement | undefined;
    const target = flow.get('targetRef') as ModdleElement | undefined;
    if (!source || !target) continue;
    outs.set(source, [...(outs.get(source) ?? []), flow]);
    ins.set(target, [...(ins.get(target) ?? []), flow]);
  }
}

export const outgoing = (el: ModdleElement) => outs.get(el) ?? [];
export const incoming = (el: ModdleElement) => ins.get(el) ?? [];
