import type { ItemType } from '@shared/model/item-type';

/** Field names to suggest in pickers: the item type's own fields, then what records and items always have. */
export function fieldSuggestions(itemType: ItemType | undefined): { key: string; label: string }[] {
  const own = itemType?.fields.map((f) => ({ key: f.key, label: f.label })) ?? [];
  const common = ['status', 'stage', 'subject', 'type', 'dueDate', 'responsible', 'contact', 'amount', 'submitter'];
  return [...own, ...common.filter((c) => !own.some((o) => o.key === c)).map((key) => ({ key, label: key }))];
}
