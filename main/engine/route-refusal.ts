import type { ItemType } from '../../shared/model/item-type';
import type { ItemRoute } from '../../shared/workflow/item-route';

/** Why a new item of `type` enters no workflow, in words for the submitter (a 409's message). */
export function refusalText(type: ItemType, route: Extract<ItemRoute, { kind: 'refused' }>): string {
  switch (route.reason) {
    case 'inactive': {
      const why = route.workflow?.explanation ? ` (${route.workflow.explanation})` : '';
      return `Workflow “${route.workflow?.name}”${why} is switched off: new items of type “${type.name}” cannot be `
        + 'submitted until an administrator switches it on or routes the type to another workflow.';
    }
    case 'noWorkflow':
      return `Item type “${type.name}” has no published workflow for new items: an administrator chooses one `
        + 'under Item types.';
    default: {
      const never: never = route.reason;
      return never;
    }
  }
}
