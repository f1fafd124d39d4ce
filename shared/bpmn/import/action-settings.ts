import type { ModdleElement } from 'bpmn-moddle';
import type { Effect } from '../../model/workflow-nodes';
import { ext, propertiesOf } from './element-readers';

/** The role and mode the export keeps in zeebe:properties. */
export function actionProps(el: ModdleElement): Record<string, string> {
  const props = propertiesOf(el);
  return {
    ...(props['stroomlijn.role'] ? { role: props['stroomlijn.role'] } : {}),
    ...(props['stroomlijn.mode'] === 'automatic' ? { mode: 'automatic' } : {}),
  };
}

/** An action's effects from its output mappings: the item status and each field's context put. */
export function effectsOf(el: ModdleElement): Effect[] {
  const outputs = ((ext(el, 'zeebe:IoMapping')?.get('outputParameters') as ModdleElement[] | undefined) ?? []).map(
    (o) => ({ source: String(o.get('source') ?? ''), target: String(o.get('target') ?? '') }),
  );
  const effects: Effect[] = [];
  for (const o of outputs) {
    if (o.target === 'status') {
      const status = o.source.match(/^="((?:[^"\\]|\\.)*)"$/)?.[1];
      if (status !== undefined) effects.push({ type: 'setStatus', status: JSON.parse(`"${status}"`) as string });
    } else if (o.target === 'fields') {
      for (const m of o.source.matchAll(/, ("(?:[^"\\]|\\.)*"), ("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)\)/g))
        effects.push({
          type: 'setField',
          field: JSON.parse(m[1]!) as string,
          value: JSON.parse(m[2]!) as string | number | boolean,
        });
    }
  }
  return effects;
}
