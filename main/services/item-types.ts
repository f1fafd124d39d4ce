import { ApiError } from '@shared/api/errors';
import { listedNames } from '@shared/api/listed-names';
import { issueBecause } from '@shared/api/reasons';
import type { ItemTypeInput } from '@shared/api/item-type-contract';
import { itemTypeIssues } from '@shared/item-types/item-type-issues';
import { type Connector, ItemType as ItemTypeSchema, type ItemType } from '@shared/model/item-type';
import type { Issue } from '@shared/model/parse';
import type { ItemRecord } from '@shared/model/item';
import type { Store } from '../store/store';

/** The items of a type, open and ended (the runtime's list): what a delete or a type change must respect. */
export type ItemsOfType = (itemTypeId: string) => Promise<ItemRecord[]>;

/**
 * Item types are the administrator's: create, change (name, form, routing), delete. Each write is
 * checked first and refused with every issue per field; a refused call writes nothing.
 */
export function createItemTypeService(store: Store, itemsOf: ItemsOfType, newId: () => string) {
  const find = (id: string) => {
    const type = store.data.itemTypes.find((t) => t.id === id);
    if (!type) throw ApiError.because('not_found', 'notFound', { thing: 'itemType', id });
    return type;
  };
  /** A field whose kind changes while an item holds a value for it would make that value unreadable. */
  const kindChanges = async (before: ItemType, after: ItemType): Promise<Issue[]> => {
    const changed = after.fields.flatMap((field, i) => {
      const old = before.fields.find((f) => f.key === field.key);
      return old && old.type !== field.type ? [{ field, i, old }] : [];
    });
    if (!changed.length) return [];
    const items = await itemsOf(before.id);
    return changed.flatMap(({ field, i, old }) => {
      const holding = items.filter((item) => item.fields[field.key] !== undefined && item.fields[field.key] !== '');
      if (!holding.length) return [];
      const numbers = listedNames(holding.map((item) => item.number));
      const params = { from: old.type, to: field.type, items: numbers };
      return [issueBecause(`fields[${i}].type`, 'kindHeldByItems', params)];
    });
  };
  const checked = async (type: ItemType, before?: ItemType) => {
    const issues = [...itemTypeIssues(type, store.data.workflows), ...(before ? await kindChanges(before, type) : [])];
    if (issues.length) throw ApiError.invalidInput({ key: 'itemTypeNotSaved', params: { name: type.name } }, issues);
    return type;
  };

  return {
    get: find,
    async create(input: ItemTypeInput): Promise<ItemType> {
      const type = await checked(ItemTypeSchema.parse({ ...input, id: newId() }));
      await store.update((d) => void d.itemTypes.push(type));
      return type;
    },

    /** Everything but its id and delivery connector is replaced; items and workflows keep pointing at it. */
    async update(input: ItemTypeInput & { id: string }): Promise<ItemType> {
      const before = find(input.id);
      const type = await checked(ItemTypeSchema.parse({ ...input, connector: before.connector }), before);
      return store.update((d) => {
        d.itemTypes[d.itemTypes.findIndex((t) => t.id === type.id)] = type;
        return type;
      });
    },

    async remove(id: string): Promise<void> {
      const type = find(id);
      const workflows = store.data.workflows.filter((w) => w.itemTypeId === id).map((w) => `“${w.name}”`);
      const items = (await itemsOf(id)).map((i) => i.number);
      const uses = [...workflows, ...items];
      if (uses.length)
        throw ApiError.because('conflict', 'itemTypeInUse', { name: type.name, uses: listedNames(uses) });
      await store.update((d) => void d.itemTypes.splice(d.itemTypes.indexOf(type), 1));
    },

    async saveConnector(itemTypeId: string, connector: Connector | null): Promise<ItemType> {
      const type = find(itemTypeId);
      if (connector?.type === 'mail' && !store.data.templates.some((t) => t.id === connector.templateId)) {
        const issues = [{ path: 'connector.templateId', message: 'is not a template' }];
        throw ApiError.invalidInput('The connector names a template that does not exist.', issues);
      }
      return store.update(() => {
        if (connector) type.connector = connector;
        else delete type.connector;
        return type;
      });
    },
  };
}
export type ItemTypeService = ReturnType<typeof createItemTypeService>;
