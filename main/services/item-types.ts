import { ApiError } from '../../shared/api/errors';
import type { Connector, ItemType } from '../../shared/model/item-type';
import type { Store } from '../store/store';

/** Item types: for now, where approved items of a type are delivered. */
export function createItemTypeService(store: Store) {
  return {
    async saveConnector(itemTypeId: string, connector: Connector | null): Promise<ItemType> {
      const type = store.data.itemTypes.find((t) => t.id === itemTypeId);
      if (!type) throw ApiError.because('not_found', 'notFound', { thing: 'itemType', id: itemTypeId });
      if (connector?.type === 'mail' && !store.data.templates.some((t) => t.id === connector.templateId)) {
        throw ApiError.invalidInput('The connector names a template that does not exist.', [{ path: 'connector.templateId', message: 'is not a template' }]);
      }
      return store.update((d) => {
        const stored = d.itemTypes.find((t) => t.id === itemTypeId)!;
        if (connector) stored.connector = connector;
        else delete stored.connector;
        return stored;
      });
    },
  };
}
export type ItemTypeService = ReturnType<typeof createItemTypeService>;
