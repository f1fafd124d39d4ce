import { ApiError } from '@shared/api/errors';
import type { ItemType } from '@shared/model/item-type';
import type { ItemRoute } from '@shared/workflow/item-route';

/** Why a new item of `type` enters no workflow: a 409 whose reason the submitter reads in their language. */
export function routeRefusal(type: ItemType, route: Extract<ItemRoute, { kind: 'refused' }>): ApiError {
  switch (route.reason) {
    case 'inactive': {
      const params = { name: type.name, workflow: route.workflow?.name ?? '', why: route.workflow?.explanation ?? '' };
      return ApiError.because('conflict', params.why ? 'workflowSwitchedOffWhy' : 'workflowSwitchedOff', params);
    }
    case 'noWorkflow':
      return ApiError.because('conflict', 'noRouteForType', { name: type.name });
    default: {
      const never: never = route.reason;
      return never;
    }
  }
}
