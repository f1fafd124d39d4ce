import type { Directory } from '@shared/model/directory';
import type { Condition, Group, Rule } from '@shared/model/condition';
import type { FieldDef, ItemType } from '@shared/model/item-type';
import type { Addressee } from '@shared/model/message-setting';
import type { WorkflowGraph } from '@shared/model/workflow';

export type SampleFieldKind = 'text' | 'number' | 'date' | 'boolean' | 'choice' | 'user' | 'contact';

export interface SampleField {
  key: string;
  label: string;
  kind: SampleFieldKind;
  options?: string[];
}

/** How a sample value of an item type's field is typed in the simulator. */
function sampleKind(f: FieldDef): SampleFieldKind {
  if (f.type === 'choice' || f.options?.length) return 'choice';
  switch (f.type) {
    case 'money':
      return 'number';
    case 'longText':
    case 'attachment':
    case 'organisation':
      return 'text';
    default:
      return f.type;
  }
}

const rulesOf = (c: Condition | Group | undefined): Rule[] =>
  !c || 'always' in c ? [] : c.rules.flatMap((r) => ('rules' in r ? rulesOf(r) : [r]));

/**
 * The fields a sample item needs to run through a workflow: the item type's own fields, then the
 * ones the graph reads (people and contacts named in a field, dates to wait for, fields in
 * conditions), so that a record workflow without an item type can be simulated too.
 */
export function sampleFields(itemType: ItemType | undefined, graph: WorkflowGraph): SampleField[] {
  const fields: SampleField[] = (itemType?.fields ?? []).map((f) => ({
    key: f.key,
    label: f.label,
    kind: sampleKind(f),
    ...(f.options ? { options: f.options } : {}),
  }));
  const add = (key: string, kind: SampleFieldKind) => {
    if (!fields.some((f) => f.key === key)) fields.push({ key, label: key, kind });
  };
  const addressee = (a: Addressee) => {
    if (a.type === 'userField') add(a.field, 'user');
    if (a.type === 'contactField') add(a.field, 'contact');
  };
  for (const node of graph.nodes) {
    if ('message' in node && node.message) addressee(node.message.addressee);
    switch (node.kind) {
      case 'start':
        if (node.trigger.type === 'record') rulesOf(node.trigger.onlyIf).forEach((r) => add(r.field, 'text'));
        break;
      case 'task':
        node.destinations.forEach((d) => d.type === 'userField' && add(d.field, 'user'));
        if (node.deadline?.type === 'dateField') add(node.deadline.field, 'date');
        break;
      case 'action':
        rulesOf(node.condition).forEach((r) => add(r.field, 'text'));
        break;
      case 'condition':
        node.branches.forEach((b) => rulesOf(b.condition).forEach((r) => add(r.field, 'text')));
        break;
      case 'notify':
        node.to.forEach(addressee);
        break;
      case 'wait':
        if (node.until.type === 'dateField') add(node.until.field, 'date');
        break;
      default:
        break;
    }
  }
  return fields;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Values that take a sample item somewhere: the first option of a choice, a date a few days after
 * the start, the first user or contact, and what a record trigger's only-if condition asks for.
 */
export function sampleValues(
  fields: SampleField[],
  graph: WorkflowGraph,
  directory: Directory,
  startAt: string,
): Record<string, string> {
  const start = graph.nodes.find((n) => n.kind === 'start');
  const wanted =
    start?.kind === 'start' && start.trigger.type === 'record'
      ? rulesOf(start.trigger.onlyIf).filter((r) => r.operator === 'equals' && r.value !== undefined)
      : [];
  const values: Record<string, string> = {};
  for (const f of fields) {
    const rule = wanted.find((r) => r.field === f.key);
    const value = rule
      ? String(rule.value)
      : f.kind === 'choice'
        ? (f.options?.[0] ?? '')
        : f.kind === 'date'
          ? addDays(startAt, 3)
          : f.kind === 'number'
            ? '1'
            : f.kind === 'user'
              ? (directory.users.find((u) => !u.external)?.id ?? '')
              : f.kind === 'contact'
                ? (directory.contacts.find((c) => c.email && c.consentEmail)?.id ?? '')
                : '';
    if (value) values[f.key] = value;
  }
  return values;
}

/** Form values as the item's fields: numbers as numbers, checkboxes as booleans, empty left out. */
export function fieldValues(fields: SampleField[], values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values)) {
    if (raw === '') continue;
    const kind = fields.find((f) => f.key === key)?.kind;
    out[key] =
      kind === 'number' && !Number.isNaN(Number(raw)) ? Number(raw) : kind === 'boolean' ? raw === 'true' : raw;
  }
  return out;
}
