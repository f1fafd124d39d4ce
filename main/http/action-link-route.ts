import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { linkPage, linkPagePolicy } from '@shared/mail-actions/link-page';
import { ACTION_LINK_PATH } from '../mail-actions/action-links';
import type { ActionLinks, LinkAnswer } from '../mail-actions/action-link-service';

/** The largest reaction form the link page takes (a reaction is at most 10,000 characters). */
const MAX_FORM = 64 * 1024;

export const isActionLinkPath = (pathname: string): boolean => pathname.startsWith(ACTION_LINK_PATH);

function send(res: ServerResponse, status: number, answer: LinkAnswer, head = false): void {
  const nonce = randomBytes(16).toString('base64');
  const html = linkPage(answer.state, answer.language, nonce);
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-language': answer.language,
    'cache-control': 'no-store',
    'content-security-policy': linkPagePolicy(nonce),
    // Same-origin: the page's own POST carries its origin; the link never leaves for another site.
    'referrer-policy': 'same-origin',
    'x-robots-tag': 'noindex, nofollow',
  });
  res.end(head ? undefined : html);
}

/** The reaction of the page's form (application/x-www-form-urlencoded); null when the body is not that form. */
function readReaction(req: IncomingMessage): Promise<string | null> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_FORM) return resolve(null);
      resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('reaction') ?? '');
    });
    req.on('error', reject);
  });
}

const statusOf = (answer: LinkAnswer): number => {
  switch (answer.state.kind) {
    case 'open':
      return answer.state.missingReaction ? 422 : 200;
    case 'done':
      return 200;
    case 'refused':
      return answer.state.why === 'invalid' ? 404 : answer.state.why === 'expired' ? 410 : 409;
    default: {
      const never: never = answer.state;
      return never;
    }
  }
};

/**
 * `/act/<token>`: GET shows the confirmation page and changes nothing; POST (the page's form) takes
 * the action. The host's own guard (Host, Origin, office network) has run before this.
 */
export async function serveActionLink(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  links: ActionLinks,
): Promise<void> {
  let token = '';
  try {
    token = decodeURIComponent(pathname.slice(ACTION_LINK_PATH.length));
  } catch {
    // A broken escape is no token of ours: the page says the link is not valid.
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    const answer = links.look(token);
    return send(res, statusOf(answer), answer, req.method === 'HEAD');
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'GET, HEAD, POST', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  const reaction = await readReaction(req);
  if (reaction === null) {
    res.writeHead(415, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Send the form of the page.');
    return;
  }
  const answer = await links.take(token, reaction);
  send(res, statusOf(answer), answer);
}
