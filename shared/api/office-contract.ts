import { z } from 'zod';
import { Timestamp } from '../model/common';
import { OfficeListenProblems, OfficeNetworkSettings } from '../model/office-network';
import { partialUpdate } from '../model/partial-update';
import { method } from './method';

/** The certificate the office network presents, as colleagues' browsers show it. */
export const OfficeCertificate = z.object({
  /** SHA-256 of the certificate (its DER bytes), upper-case hex in pairs joined by colons. */
  fingerprint: z.string(),
  /** The names and addresses it is valid for (its subject alternative names). */
  names: z.array(z.string()),
  validFrom: Timestamp,
  validUntil: Timestamp,
});
export type OfficeCertificate = z.infer<typeof OfficeCertificate>;

/** Settings → Office network: what is set, what listens, and what colleagues type and check. */
export const OfficeNetworkStatus = OfficeNetworkSettings.extend({
  /** The local addresses it listens on (e.g. 0.0.0.0 and ::); empty while off. */
  listening: z.array(z.string()),
  /** What colleagues type, one per configured name. */
  urls: z.array(z.string()),
  /** Set when it is switched on but could not listen (at start, the port was taken meanwhile). */
  problem: z.object({ reason: z.enum(OfficeListenProblems), detail: z.string() }).optional(),
  /** Made on first use; absent until then. */
  certificate: OfficeCertificate.optional(),
  /** This computer's name and network addresses, to choose the names from. */
  suggestions: z.array(z.string()),
});
export type OfficeNetworkStatus = z.infer<typeof OfficeNetworkStatus>;

export const OfficeNetworkUpdate = partialUpdate(OfficeNetworkSettings);

/** Serving the app to colleagues over HTTPS (administrators only). */
export const officeContract = {
  'officeNetwork.get': method(z.object({}).strict(), OfficeNetworkStatus),
  /** Turning it on listens at once (or is refused, naming the port); new names make a new certificate. */
  'officeNetwork.update': method(OfficeNetworkUpdate, OfficeNetworkStatus),
  /** A new key and certificate for the same names: colleagues check the new fingerprint. */
  'officeNetwork.renewCertificate': method(z.object({}).strict(), OfficeNetworkStatus),
} as const;
