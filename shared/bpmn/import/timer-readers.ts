import type { ModdleElement } from 'bpmn-moddle';
import type { Duration } from '../../model/workflow-nodes';
import { workingDaysOf } from '../feel-moments';

/** An ISO 8601 duration the wait step can hold (minutes, hours or days), else undefined. */
export function fromIsoDuration(text: string): Pick<Duration, 'amount' | 'unit'> | undefined {
  const m = text.trim().match(/^P(?:(\d+)D|T(\d+)H|T(\d+)M)$/);
  if (!m) return undefined;
  return m[1]
    ? { amount: Number(m[1]), unit: 'days' }
    : m[2]
      ? { amount: Number(m[2]), unit: 'hours' }
      : { amount: Number(m[3]), unit: 'minutes' };
}
/** How long a timer waits from entering: an ISO duration, or working days as the export writes them. */
export function timerAfter(def: ModdleElement | undefined): Pick<Duration, 'amount' | 'unit'> | undefined {
  const duration = (def?.get('timeDuration') as ModdleElement | undefined)?.get('body') as string | undefined;
  const date = (def?.get('timeDate') as ModdleElement | undefined)?.get('body') as string | undefined;
  if (duration) return fromIsoDuration(duration);
  const days = date ? workingDaysOf(date) : undefined;
  return days ? { amount: days, unit: 'workingDays' } : undefined;
}
/** The field a FEEL date expression reads, as the export writes it. */
export const dateFieldOf = (feel: string) => feel.match(/get value\(fields, ("(?:[^"\\]|\\.)*")\)/)?.[1];
