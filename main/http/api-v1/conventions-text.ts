import { IDEMPOTENCY_HOURS } from './idempotency-store';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from './paging';

/** The conventions every route of the API v1 keeps: the description of the OpenAPI document (Markdown). */
export const conventions = [
  [
    'The external HTTP API v1 of Stroomlijn, on 127.0.0.1 only (and on the office network when it ',
    'is on).',
  ].join(''),
  '',
  [
    '**Tokens.** Send `Authorization: Bearer <token>` (tokens are made in Settings → API, or by ',
    '`npm start -- --create-admin … --token-file <path>`) and JSON bodies (`Content-Type: ',
    'application/json`). A token acts as its owner, or is an integration token with scopes; one ',
    'with the scope `act-as` (or `admin`) acts for a user it names in the header `X-Act-As: ',
    '<userId>` (needed for tasks, actions and the inbox). Every route needs a scope; a token ',
    'without it gets 403 before its body is read.',
  ].join(''),
  '',
  [
    '**Resources** are plural nouns (`/items`, `/records`, `/workflows`, …); `/settings`, ',
    '`/schedule` and `/inbox` are one of a kind.',
  ].join(''),
  '',
  [
    '**Creating.** A POST that creates answers `201` with the whole resource, as `GET` on its ',
    '`Location` header answers it (a token that may create but not read gets the create’s own ',
    'answer). Send an `Idempotency-Key` (1–255 visible ASCII characters, e.g. a UUID): the same ',
    `key from the same token within ${IDEMPOTENCY_HOURS} hours with the same request (method, `,
    'path, `X-Act-As`, the body in any key order) gets the first answer again, with ',
    '`Idempotent-Replayed: true`, and nothing is done twice; the same key with another request is ',
    '`422 idempotency_key_reused`; while the first request is still being answered, a repeat is ',
    '`409 conflict` (send it again a moment later). Only a success is kept: a refused request can ',
    'be sent again with its key. Other requests ignore the header. The keys are kept in the data ',
    'folder, across restarts. One window is left: a stop of the app (a crash, power loss) after ',
    'the resource was made but before its key was written to disk (one disk write) loses the key, ',
    'and a repeat then makes the resource again.',
  ].join(''),
  '',
  [
    '**Lists** answer `{ "data": [...], "next": "<cursor>" | null }`. `limit` sets the rows per ',
    `page (1–${PAGE_LIMIT_MAX}, default ${PAGE_LIMIT_DEFAULT}); pass \`next\` as \`cursor\` for the `,
    'next page (with the same filters). Pages are keyset pages: a row that exists throughout is ',
    'returned exactly once, whatever is added or removed between pages. A cursor is opaque; one ',
    'that is not a `next` of that list is 422.',
  ].join(''),
  '',
  [
    '**Versions.** A single resource answers with a strong `ETag` (a `PUT` or `PATCH` with the ',
    'new one). A `PUT`, `PATCH` or `DELETE` takes `If-Match: <ETag>`: when the resource changed ',
    'since, the answer is `412 precondition_failed` and nothing is written. Without `If-Match` ',
    'the write goes through (the last write wins).',
  ].join(''),
  '',
  [
    '**Errors** are `{ "error": { "code", "message", "issues": [{ "path", "message" }] } }`, with ',
    'stable codes: `unauthorized` 401, `forbidden` 403, `not_found` 404 (no such resource), ',
    '`unknown_route` 404 (no route at that path), `method_not_allowed` 405 (with `Allow`), ',
    '`conflict` 409, `precondition_failed` 412, `payload_too_large` 413, `unsupported_media_type` ',
    '415, `invalid_input` 422 and `idempotency_key_reused` 422, `rate_limited` 429, `not_saved` ',
    '503, `disk_full` 507, `internal` 500. `invalid_input` always names at least one place in ',
    '`issues`: `body` (a body that is not JSON, or one on a route that takes none), ',
    '`body.<field>`, `query.<name>`, `path.<param>` or `header.<name>`. A refused request changes ',
    'nothing.',
  ].join(''),
  '',
  '**Dates** are ISO 8601 in UTC (`2026-11-26T18:00:00.000Z`); calendar dates are `2026-11-26`.',
].join('\n');
