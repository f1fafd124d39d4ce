import { createPrivateKey, X509Certificate } from 'node:crypto';
import { statSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { checkServerIdentity, connect } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { describeCertificate, fitsNames, makeCertificate } from '../../../main/office/certificate';
import { CertificateFile } from '../../../main/office/certificate-file';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const now = new Date('2026-11-26T10:00:00.000Z');
const names = ['kantoor-pc', 'kantoor-pc.lan', '192.168.1.10', 'fd00::2'];

/** Whether a TLS client that trusts only `caPem` accepts the server's certificate for `servername`. */
async function handshake(
  pair: { keyPem: string; certPem: string },
  caPem: string,
  servername: string,
): Promise<string> {
  const server = createServer({ key: pair.keyPem, cert: pair.certPem }, (_req, res) => res.end('ok'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port, servername, ca: [caPem] }, () => {
        socket.end();
        resolve('trusted');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
  } finally {
    server.close();
  }
}

describe('the office network certificate', () => {
  it('is ECDSA P-256, for exactly the configured names and addresses, valid for two years from now', async () => {
    const pair = await makeCertificate(names, now);
    const cert = new X509Certificate(pair.certPem);
    expect(cert.publicKey.asymmetricKeyType).toBe('ec');
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(cert.subjectAltName).toBe(
      'DNS:kantoor-pc, DNS:kantoor-pc.lan, IP Address:192.168.1.10, IP Address:FD00:0:0:0:0:0:0:2',
    );
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(cert.checkPrivateKey(createPrivateKey(pair.keyPem))).toBe(true);
    const info = describeCertificate(pair.certPem);
    expect(info.names).toEqual(names);
    expect(info.validFrom).toBe('2026-11-25T10:00:00.000Z');
    expect(info.validUntil).toBe('2028-11-25T10:00:00.000Z');
    expect(cert.verify(cert.publicKey)).toBe(true);
  });

  it('shows the SHA-256 of its DER bytes as browsers do, and each new one is another', async () => {
    const a = await makeCertificate(names, now);
    const b = await makeCertificate(names, now);
    const shown = describeCertificate(a.certPem).fingerprint;
    expect(shown).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(shown).toBe(new X509Certificate(a.certPem).fingerprint256);
    expect(describeCertificate(b.certPem).fingerprint).not.toBe(shown);
  });

  it('is trusted by a TLS client that trusts it, for each of its names and for no other', async () => {
    const pair = await makeCertificate(names, now);
    expect(await handshake(pair, pair.certPem, 'kantoor-pc')).toBe('trusted');
    expect(await handshake(pair, pair.certPem, 'kantoor-pc.lan')).toBe('trusted');
    expect(await handshake(pair, pair.certPem, 'evil.example')).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    const other = await makeCertificate(names, now);
    expect(await handshake(pair, other.certPem, 'kantoor-pc')).not.toBe('trusted');
    const peer = { subjectaltname: new X509Certificate(pair.certPem).subjectAltName } as never;
    expect(checkServerIdentity('192.168.1.10', peer)).toBeUndefined();
    expect(checkServerIdentity('fd00::2', peer)).toBeUndefined();
    expect(checkServerIdentity('192.168.1.11', peer)).toBeInstanceOf(Error);
  });

  it('fits the names it was made for (in any order and spelling) until it expires', async () => {
    const pair = await makeCertificate(['kantoor-pc', 'fd00::2'], now);
    expect(fitsNames(pair, ['fd00:0::2', 'kantoor-pc'], now)).toBe(true);
    expect(fitsNames(pair, ['kantoor-pc'], now)).toBe(false);
    expect(fitsNames(pair, ['kantoor-pc', 'fd00::2', '10.0.0.5'], now)).toBe(false);
    expect(fitsNames(pair, ['kantoor-pc', 'fd00::2'], new Date('2028-11-25T10:00:01.000Z'))).toBe(false);
  });

  it('keeps key and certificate in one file that only its owner may read (0600)', async () => {
    const file = new CertificateFile(tempDir());
    expect(await file.read()).toBeNull();
    const pair = await makeCertificate(names, now);
    await file.write(pair);
    expect(statSync(file.path).mode & 0o777).toBe(0o600);
    expect(await file.read()).toEqual(pair);
    await file.stage(await makeCertificate(['other'], now));
    expect(statSync(file.nextPath).mode & 0o777).toBe(0o600);
    await file.discard();
    expect(await file.read()).toEqual(pair);
    expect(await file.readStaged()).toBeNull();
  });
});
