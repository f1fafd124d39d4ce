import { createHash } from 'node:crypto';
import { ApiError } from '@shared/api/errors';

/** The strong ETag of a resource as GET answers it: a hash of its JSON. */
export const etagOf = (resource: unknown): string =>
  `"${createHash('sha256').update(JSON.stringify(resource)).digest('base64url').slice(0, 32)}"`;

/** The tags of an If-Match header (`"a", "b"` or `*`); a weak tag (W/"…") never matches a strong comparison. */
const tagsOf = (header: string): string[] =>
  header
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

/** Refuse a write whose If-Match names another version of the resource than the current one (412). */
export function checkIfMatch(header: string, current: string): void {
  const tags = tagsOf(header);
  if (tags.includes('*') || tags.includes(current)) return;
  throw new ApiError(
    'precondition_failed',
    `If-Match ${header} is not the current version of this resource (ETag ${current}): read it again, then write.`,
  );
}
