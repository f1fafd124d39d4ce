import type { ModdleElement } from 'bpmn-moddle';
import { Addressee, type MessageSetting } from '../../model/message-setting';

/** What a BPMN element says, read from bpmn-moddle: its step id, extensions, headers, job type, flows' parts. */

const PREFIXES = /^(StartEvent|UserTask|SendTask|ServiceTask|Event|Timer|EndEvent|Gateway)_/;
/** The step id an element stands for: its id without the prefix (and suffix) the export gives it. */
export const nodeId = (el: ModdleElement) =>
  (el.id ?? '').replace(PREFIXES, '').replace(/_(action|notify)$/, '') || 'node';

export const ext = (el: ModdleElement, type: string): ModdleElement | undefined =>
  ((el.get('extensionElements') as ModdleElement | undefined)?.get('values') as ModdleElement[] | undefined)?.find(
    (v) => v.$type === type,
  );
export const headersOf = (el: ModdleElement): Record<string, string> =>
  Object.fromEntries(
    ((ext(el, 'zeebe:TaskHeaders')?.get('values') as ModdleElement[] | undefined) ?? []).map((h) => [
      String(h.get('key')),
      String(h.get('value')),
    ]),
  );
export const jobTypeOf = (el: ModdleElement) => ext(el, 'zeebe:TaskDefinition')?.get('type') as string | undefined;
export const targetOf = (flow: ModdleElement) => flow.get('targetRef') as ModdleElement;
export const conditionOf = (flow: ModdleElement) =>
  (flow.get('conditionExpression') as ModdleElement | undefined)?.get('body') as string | undefined;
export const isDefaultFlow = (flow: ModdleElement) => (flow.get('sourceRef') as ModdleElement).get('default') === flow;
export const definitionsOf = (el: ModdleElement) => (el.get('eventDefinitions') as ModdleElement[] | undefined) ?? [];
export const propertiesOf = (el: ModdleElement): Record<string, string> =>
  Object.fromEntries(
    ((ext(el, 'zeebe:Properties')?.get('properties') as ModdleElement[] | undefined) ?? []).map((p) => [
      String(p.get('name')),
      String(p.get('value')),
    ]),
  );
/** A header's JSON, else `fallback`. */
export const json = <T>(text: string | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};
/** The message setting a send task's headers hold: its first addressee, template and channel. */
export const messageOf = (h: Record<string, string>): MessageSetting => ({
  enabled: true,
  addressee: Addressee.safeParse(json<unknown[]>(h.addressees, [])[0]).data ?? { type: 'taskUsers' },
  ...(h.template ? { templateId: h.template } : {}),
  ...(h.channel ? { channel: h.channel as 'email' } : {}),
});
