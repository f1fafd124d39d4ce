import type { ItemTypeInput } from '@shared/api/item-type-contract';
import type { FieldDef, FieldType, ItemType, PerLanguage } from '@shared/model/item-type';
import { Languages } from '@shared/model/common';

/** A field as the designer edits it: label and help per language, choices as lines. */
export interface FieldDraft {
  key: string;
  type: FieldType;
  labels: Required<PerLanguage>;
  help: Required<PerLanguage>;
  required: boolean;
  options: string;
}

export interface ItemTypeDraft {
  id?: string;
  name: string;
  description: string;
  confidential: boolean;
  requiredActions: ItemType['requiredActions'];
  fields: FieldDraft[];
  workflowId: string;
  routing: { fieldKey: string; byValue: Record<string, string> };
}

/** The texts per language as given; a field with none yet shows its `label` as the Dutch one. */
const perLanguage = (base: string, given: PerLanguage | undefined): Required<PerLanguage> =>
  Object.fromEntries(
    Languages.map((l) => [l, given ? (given[l] ?? '') : l === 'nl' ? base : '']),
  ) as Required<PerLanguage>;

export const emptyField = (n: number): FieldDraft => ({
  key: `veld${n}`,
  type: 'text',
  labels: { nl: '', en: '', de: '' },
  help: { nl: '', en: '', de: '' },
  required: false,
  options: '',
});

export const emptyItemType = (): ItemTypeDraft => ({
  name: '',
  description: '',
  confidential: false,
  requiredActions: [],
  fields: [],
  workflowId: '',
  routing: { fieldKey: '', byValue: {} },
});

export function toDraft(type: ItemType): ItemTypeDraft {
  return {
    id: type.id,
    name: type.name,
    description: type.description ?? '',
    confidential: type.confidential,
    requiredActions: type.requiredActions,
    fields: type.fields.map((f) => ({
      key: f.key,
      type: f.type,
      labels: perLanguage(f.label, f.labels),
      help: perLanguage('', f.help),
      required: f.required,
      options: (f.options ?? []).join('\n'),
    })),
    workflowId: type.workflowId ?? '',
    routing: {
      fieldKey: type.routing?.fieldKey ?? '',
      byValue: Object.fromEntries((type.routing?.byValue ?? []).map((r) => [r.value, r.workflowId])),
    },
  };
}

const filled = (texts: Required<PerLanguage>): PerLanguage | undefined => {
  const kept = Object.entries(texts).filter(([, text]) => text.trim());
  return kept.length ? (Object.fromEntries(kept) as PerLanguage) : undefined;
};

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** What itemTypes.create/update take: `label` is the Dutch one, else the first language filled in. */
export function fromDraft(draft: ItemTypeDraft): ItemTypeInput & { id?: string } {
  const fields: FieldDef[] = draft.fields.map((f) => {
    const labels = filled(f.labels);
    const help = filled(f.help);
    return {
      key: f.key.trim(),
      label: labels?.nl ?? labels?.en ?? labels?.de ?? f.key,
      ...(labels ? { labels } : {}),
      ...(help ? { help } : {}),
      type: f.type,
      ...(f.type === 'choice' ? { options: linesOf(f.options) } : {}),
      required: f.required,
    };
  });
  const byValue = Object.entries(draft.routing.byValue)
    .filter(([, id]) => id)
    .map(([value, workflowId]) => ({ value, workflowId }));
  return {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name,
    ...(draft.description.trim() ? { description: draft.description } : {}),
    confidential: draft.confidential,
    requiredActions: draft.requiredActions,
    fields,
    ...(draft.workflowId ? { workflowId: draft.workflowId } : {}),
    ...(draft.routing.fieldKey ? { routing: { fieldKey: draft.routing.fieldKey, byValue } } : {}),
  };
}

/** The choices of a choice field as the designer holds them. */
export const choicesOf = (field: FieldDraft | undefined) => (field?.type === 'choice' ? linesOf(field.options) : []);
