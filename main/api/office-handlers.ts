import type { ApiHandlers } from './call';
import type { OfficeNetwork } from '../office/office-network';

type OfficeMethods = 'officeNetwork.get' | 'officeNetwork.update' | 'officeNetwork.renewCertificate';

/** Settings → Office network. */
export const createOfficeHandlers = (office: OfficeNetwork): Pick<ApiHandlers, OfficeMethods> => ({
  'officeNetwork.get': async () => office.status(),
  'officeNetwork.update': (change) => office.update(change),
  'officeNetwork.renewCertificate': () => office.renewCertificate(),
});
