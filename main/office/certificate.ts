import { createHash, randomBytes, webcrypto, X509Certificate } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type * as Asn1js from 'asn1js';
import type * as Pkijs from 'pkijs';
import type { OfficeCertificate } from '@shared/api/office-contract';
import { ipv6Groups } from '../net/address-class';
import { normaliseHost } from '../net/host-check';

/** A private key and the certificate for it, both PEM. */
export interface KeyAndCertificate {
  keyPem: string;
  certPem: string;
}

/** Two years: under the 825 days Apple's systems accept for any TLS certificate; renewed from Settings. */
export const CERTIFICATE_DAYS = 730;
/** Valid from a day before it was made, so a colleague whose clock runs behind is not refused. */
const SLACK_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const OID = {
  commonName: '2.5.4.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  subjectKeyIdentifier: '2.5.29.14',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};

type EngineCrypto = ConstructorParameters<typeof Pkijs.CryptoEngine>[0]['crypto'];
interface Libraries {
  asn1js: typeof Asn1js;
  pkijs: typeof Pkijs;
  engine: Pkijs.CryptoEngine;
}
let libraries: Promise<Libraries> | undefined;
/** pkijs and asn1js, loaded when a certificate is first made (some 150 ms that no start should pay). */
const loadLibraries = (): Promise<Libraries> =>
  (libraries ??= Promise.all([import('asn1js'), import('pkijs')]).then(([asn1js, pkijs]) => ({
    asn1js,
    pkijs,
    engine: new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as EngineCrypto }),
  })));
const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** An IPv4 or IPv6 address as the bytes an iPAddress name holds. */
function addressBytes(address: string): Uint8Array {
  if (isIPv4(address)) return Uint8Array.from(address.split('.').map(Number));
  return Uint8Array.from(ipv6Groups(address).flatMap((group) => [group >> 8, group & 255]));
}

const altName = ({ asn1js, pkijs }: Libraries, name: string): Pkijs.GeneralName =>
  isIPv4(name) || isIPv6(name)
    ? new pkijs.GeneralName({ type: 7, value: new asn1js.OctetString({ valueHex: addressBytes(name) }) })
    : new pkijs.GeneralName({ type: 2, value: name });

const extension = (
  { pkijs }: Libraries,
  extnID: string,
  critical: boolean,
  value: { toSchema(): Asn1js.BaseBlock } | Asn1js.BaseBlock,
) =>
  new pkijs.Extension({
    extnID,
    critical,
    extnValue: ('toSchema' in value ? value.toSchema() : value).toBER(false),
  });

const pem = (label: string, der: ArrayBuffer): string =>
  `-----BEGIN ${label}-----\n${Buffer.from(new Uint8Array(der))
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '')}` + `\n-----END ${label}-----\n`;

/** Browsers show it as whom the certificate was issued to (and by: it signs itself). */
const COMMON_NAME = 'Stroomlijn';

/**
 * A new ECDSA P-256 key and a self-signed server certificate for `names` (host names and IP
 * addresses, all of them as subject alternative names), valid from a day before `now` for `days` days.
 */
export async function makeCertificate(
  names: readonly string[],
  now: Date,
  days = CERTIFICATE_DAYS,
): Promise<KeyAndCertificate> {
  if (names.length === 0) throw new Error('A certificate needs at least one name.');
  const libs = await loadLibraries();
  const { asn1js, pkijs, engine } = libs;
  const keys = await webcrypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
  const cert = new pkijs.Certificate();
  cert.version = 2;
  const serial = randomBytes(16);
  serial[0]! &= 0x7f; // positive
  serial[0]! |= 0x01; // and not starting with a zero byte
  cert.serialNumber = new asn1js.Integer({ valueHex: serial });
  for (const name of [cert.subject, cert.issuer]) {
    name.typesAndValues.push(
      new pkijs.AttributeTypeAndValue({ type: OID.commonName, value: new asn1js.Utf8String({ value: COMMON_NAME }) }),
    );
  }
  cert.notBefore.value = new Date(now.getTime() - SLACK_MS);
  cert.notAfter.value = new Date(now.getTime() + days * DAY_MS);
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
  const publicKeyBits = cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  cert.extensions = [
    extension(libs, OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: false })),
    // digitalSignature only: an ECDSA key signs the TLS handshake.
    extension(libs, OID.keyUsage, true, new asn1js.BitString({ valueHex: Uint8Array.of(0x80), unusedBits: 7 })),
    extension(libs, OID.extKeyUsage, false, new pkijs.ExtKeyUsage({ keyPurposes: [OID.serverAuth] })),
    extension(
      libs,
      OID.subjectAltName,
      false,
      new pkijs.AltName({ altNames: names.map((name) => altName(libs, name)) }),
    ),
    extension(
      libs,
      OID.subjectKeyIdentifier,
      false,
      new asn1js.OctetString({ valueHex: createHash('sha1').update(publicKeyBits).digest() }),
    ),
  ];
  await cert.sign(keys.privateKey, 'SHA-256', engine);
  const der = cert.toSchema(true).toBER(false);
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { keyPem: pem('PRIVATE KEY', pkcs8), certPem: pem('CERTIFICATE', der) };
}

/** The SHA-256 of the certificate's DER bytes as browsers show it: `AB:CD:…` (what Node's fingerprint256 gives). */
export const fingerprintOf = (cert: X509Certificate): string =>
  createHash('sha256')
    .update(cert.raw)
    .digest('hex')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1:');

/** The names a certificate is valid for, from its subject alternative names, as configured names are written. */
export function namesOf(cert: X509Certificate): string[] {
  const entries = (cert.subjectAltName ?? '').split(', ').filter(Boolean);
  return entries.map((entry) => normaliseHost(entry.replace(/^(DNS|IP Address):/, '')));
}

/** What Settings shows of a certificate. */
export function describeCertificate(certPem: string): OfficeCertificate {
  const cert = new X509Certificate(certPem);
  return {
    fingerprint: fingerprintOf(cert),
    names: namesOf(cert),
    validFrom: new Date(cert.validFrom).toISOString(),
    validUntil: new Date(cert.validTo).toISOString(),
  };
}

/** Whether a certificate is for exactly these names and still valid at `now` (else a new one is made). */
export function fitsNames(pair: KeyAndCertificate, names: readonly string[], now: Date): boolean {
  const cert = new X509Certificate(pair.certPem);
  const wanted = new Set(names.map(normaliseHost));
  const has = namesOf(cert);
  return (
    has.length === wanted.size && has.every((name) => wanted.has(name)) && Date.parse(cert.validTo) > now.getTime()
  );
}
