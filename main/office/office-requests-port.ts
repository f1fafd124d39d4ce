import type { AuditedDispatch } from '../audit/audited-dispatch';
import type { ActionLinks } from '../mail-actions/action-link-service';
import { officeRequests, type OfficeRequestsOptions } from './office-requests';

/** What the office network's requests go to: the app's audited dispatch and the pages of the links in task mails. */
export interface OfficeRequestsPort extends AuditedDispatch {
  actionLinks: ActionLinks;
}

/**
 * The office network's requests, made before what they go to. The app needs the office network
 * early (its address is the base of the links in mails, which the services are made with), while
 * the audited dispatch and the action links are made from those services; so the requests are
 * made first and `connect`ed once those are. The network listens only after that (the app's
 * start, at its end), so no request comes before.
 */
export function createOfficeRequestsLoop(options: Omit<OfficeRequestsOptions, 'dispatch' | 'refused' | 'actionLinks'>) {
  let connected: OfficeRequestsPort | null = null;
  const port = () => {
    if (!connected) throw new Error('the office network’s requests are not connected to the app yet');
    return connected;
  };
  return {
    handler: officeRequests({
      ...options,
      dispatch: (call, method, input) => port().dispatch(call, method, input),
      refused: (call, method) => port().refused(call, method),
      actionLinks: () => port().actionLinks,
    }),
    /** The dispatch and action links the requests go to; before this a request has nowhere to go. */
    connect(to: OfficeRequestsPort): void {
      connected = to;
    },
  };
}
export type OfficeRequestsLoop = ReturnType<typeof createOfficeRequestsLoop>;
