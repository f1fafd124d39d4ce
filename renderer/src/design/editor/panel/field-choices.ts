import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { ItemType } from '@shared/model/item-type';
import type { Trigger } from '@shared/model/workflow-nodes';
import { recordFields } from '@shared/records/fields';
import { recordOptions } from '@shared/records/options';

/** A field a step can read or set: its key, its name in the UI, and for choices and yes/no what it may hold. */
export interface FieldChoice {
  key: string;
  label: string;
  kind: 'choice' | 'boolean' | 'other';
  options?: readonly string[];
}

export interface FieldGroup {
  label: string;
  fields: FieldChoice[];
}

/** What every item has apart from its type's fields. */
const ITEM_COMMON = ['status', 'subject'];

const ownLabel = (f: ItemType['fields'][number], language: string) =>
  f.labels?.[language as 'nl' | 'en' | 'de'] || f.label;

/**
 * The fields a workflow's steps can pick from: a record trigger's entity's fields (their choice
 * lists included), or the item type's declared fields (labels in the UI language) and what every item has.
 */
export function fieldGroups(
  trigger: Trigger | undefined,
  itemType: ItemType | undefined,
  t: TFunction,
  language: string,
): FieldGroup[] {
  if (trigger?.type === 'record') {
    const fields = recordFields[trigger.entity].map((spec): FieldChoice => ({
      key: spec.key,
      label: t(`records.fields.${trigger.entity}.${spec.key}`, { defaultValue: spec.key }),
      kind: spec.kind === 'choice' ? 'choice' : 'other',
      ...(spec.kind === 'choice' && spec.options ? { options: recordOptions[spec.options] as readonly string[] } : {}),
    }));
    return [{ label: t('editorAid.fields.ofRecord'), fields }];
  }
  const own = (itemType?.fields ?? []).map((f): FieldChoice => ({
    key: f.key,
    label: ownLabel(f, language),
    kind: f.type === 'choice' ? 'choice' : f.type === 'boolean' ? 'boolean' : 'other',
    ...(f.type === 'choice' ? { options: f.options ?? [] } : {}),
  }));
  const common = ITEM_COMMON.filter((k) => !own.some((o) => o.key === k)).map((key): FieldChoice => ({
    key,
    label: t(`editorAid.fields.common.${key}`),
    kind: 'other',
  }));
  return [
    ...(own.length ? [{ label: t('editorAid.fields.ofType', { type: itemType?.name ?? '' }), fields: own }] : []),
    { label: t('editorAid.fields.ofItem'), fields: common },
  ];
}

export const FieldGroupsContext = createContext<FieldGroup[]>([]);

export const useFieldGroups = () => useContext(FieldGroupsContext);

export const findField = (groups: readonly FieldGroup[], key: string) =>
  groups.flatMap((g) => g.fields).find((f) => f.key === key);
