import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password hashing with Node's scrypt: memory-hard (each guess costs 32 MiB), built into Node, so
 * no native addon and no install script (why not argon2). The parameters go into the stored
 * string (PHC style: `$scrypt$ln=15,r=8,p=1$<salt>$<key>`), so they can be raised later and old
 * hashes still verify.
 */
const LOG_N = 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

interface Params {
  logN: number;
  r: number;
  p: number;
}

const derive = (password: string, salt: Buffer, { logN, r, p }: Params, length: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const N = 2 ** logN;
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is just too low for N = 2^15, r = 8.
    const maxmem = 256 * N * r;
    const done = (error: Error | null, key: Buffer) => (error ? reject(error) : resolve(key));
    scrypt(password.normalize('NFC'), salt, length, { N, r, p, maxmem }, done);
  });

/** The stored form of a new password. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const params = { logN: LOG_N, r: R, p: P };
  const key = await derive(password, salt, params, KEY_BYTES);
  return `$scrypt$ln=${LOG_N},r=${R},p=${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** Whether `password` is the one `stored` was made from; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) return false;
  const [, logN, r, p, salt, key] = match;
  const expected = Buffer.from(key!, 'base64');
  const params = { logN: Number(logN), r: Number(r), p: Number(p) };
  if (params.logN < 10 || params.logN > 20 || expected.length < 16) return false;
  const actual = await derive(password, Buffer.from(salt!, 'base64'), params, expected.length);
  return timingSafeEqual(actual, expected);
}

/** A hash of nothing anyone knows: a sign-in with an unknown login checks against it, taking the same time. */
export const dummyHash = (): Promise<string> => hashPassword(randomBytes(18).toString('base64'));
