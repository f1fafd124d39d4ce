import { request } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body's bytes as they came (a compressed answer stays compressed). */
  raw: Buffer;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A raw HTTP request to 127.0.0.1 (unlike fetch, it may set any Host header). */
export function httpRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const text = raw.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, raw, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The session cookie a test helper signed in with on a host's port (startHostProcess: its administrator). */
const sessions = new Map<number, string>();
export const rememberSession = (port: number, cookie: string): void => void sessions.set(port, cookie);

/**
 * Call an API method of a browser host the way the renderer does; `cookie`: the session cookie of
 * a sign-in, by default the one remembered for the port.
 */
export const rpc = (port: number, token: string, method: string, input: unknown, cookie = sessions.get(port)) =>
  httpRequest(port, `/api/rpc/${method}`, {
    method: 'POST',
    headers: {
      host: `127.0.0.1:${port}`,
      'content-type': 'application/json',
      'x-stroomlijn-session': token,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(input),
  });

/** The `name=value` of the cookie an answer set (for the next request's Cookie header). */
export const cookieOf = (reply: Reply): string => {
  const set = reply.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error(`the answer set no cookie (${reply.status} ${reply.text})`);
  return first.split(';')[0]!;
};

/** The session token that the host put into the page it serves. */
export async function sessionTokenOf(port: number): Promise<string> {
  const page = await httpRequest(port, '/', { headers: { host: `127.0.0.1:${port}` } });
  const match = /<meta name="stroomlijn-session" content="([^"]+)"/.exec(page.text);
  if (!match) throw new Error('the page carries no session token');
  return match[1]!;
}
