import { sampleOf, schemaText } from './schema-text';
import { DOCS_STYLE } from './docs-style';

/**
 * GET /api/v1/docs: the API v1 as a page a person reads, rendered on the server from the same
 * OpenAPI document /api/v1/openapi.json serves. Plain HTML and its own CSS: no script, nothing
 * from another host, no data of the office (the document holds none).
 */
type Json = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  op: Json;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
  description?: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Markdown's `code` spans of the document's texts, the rest escaped. */
const prose = (text: unknown): string =>
  escapeHtml(typeof text === 'string' ? text : '').replace(/`([^`]+)`/g, '<code>$1</code>');
const anchor = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function operationsOf(document: Json): Operation[] {
  const paths = (document.paths ?? {}) as Record<string, Json>;
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method] as Json })),
  );
}

const tagOf = (op: Json): string => (Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : 'Other');

/** A curl command for the route, with a sample body where it takes one; quoted for a POSIX shell. */
function curlOf(base: string, { method, path, op }: Operation): string {
  const url = `${base}${path.replace(/\{(\w+)\}/g, (_m, name: string) => `<${name}>`)}`;
  const lines = [`curl -X ${method.toUpperCase()} '${url}'`];
  if (!(Array.isArray(op.security) && op.security.length === 0)) lines.push(`-H "Authorization: Bearer $TOKEN"`);
  const body = bodySchemaOf(op);
  if (body !== undefined) {
    const sample = JSON.stringify(sampleOf(body), null, 2).replace(/'/g, `'\\''`);
    lines.push(`-H 'Content-Type: application/json'`, `-d '${sample}'`);
  }
  return lines.join(' \\\n  ');
}

const jsonSchemaOf = (holder: unknown): unknown =>
  ((holder as Json | undefined)?.content as Json | undefined)?.['application/json'] &&
  (((holder as Json).content as Json)['application/json'] as Json).schema;
const bodySchemaOf = (op: Json): unknown => (op.requestBody ? jsonSchemaOf(op.requestBody) : undefined);

function parametersHtml(parameters: Parameter[]): string {
  if (!parameters.length) return '';
  const rows = parameters.map(
    (p) =>
      `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td>` +
      `<td><code>${escapeHtml(schemaText(p.schema))}</code>${p.description ? ` ${prose(p.description)}` : ''}</td></tr>`,
  );
  return (
    '<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Type</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function responsesHtml(op: Json): string {
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>);
  const items = responses.map(([status, response]) => {
    const schema = jsonSchemaOf(response);
    const success = /^2/.test(status);
    const shape = success && schema !== undefined ? `<pre>${escapeHtml(schemaText(schema))}</pre>` : '';
    return `<li><span class="status${success ? ' ok' : ''}">${escapeHtml(status)}</span> ${prose(response.description)}${shape}</li>`;
  });
  return `<h4>Responses</h4><ul class="responses">${items.join('')}</ul>`;
}

function routeHtml(base: string, operation: Operation): string {
  const { method, path, op } = operation;
  const body = bodySchemaOf(op);
  return (
    `<section class="route" id="${escapeHtml(String(op.operationId ?? anchor(`${method} ${path}`)))}" ` +
    `data-route="${method.toUpperCase()} ${escapeHtml(path)}">` +
    `<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>/api/v1${escapeHtml(path)}</code></h3>` +
    `<p>${prose(op.summary)}</p>${op.description ? `<p class="muted">${prose(op.description)}</p>` : ''}` +
    parametersHtml((op.parameters ?? []) as Parameter[]) +
    (body !== undefined ? `<h4>Request body (JSON)</h4><pre>${escapeHtml(schemaText(body))}</pre>` : '') +
    responsesHtml(op) +
    `<h4>Example</h4><pre class="curl">${escapeHtml(curlOf(base, operation))}</pre></section>`
  );
}

/** The page; `base` is where the API answers (`http://127.0.0.1:<port>/api/v1`), for the curl examples. */
export function apiDocsPage(document: Json, base: string): string {
  const info = (document.info ?? {}) as Json;
  const byTag = new Map<string, Operation[]>();
  for (const operation of operationsOf(document)) {
    const tag = tagOf(operation.op);
    byTag.set(tag, [...(byTag.get(tag) ?? []), operation]);
  }
  const nav = [...byTag.keys()].map((tag) => `<li><a href="#tag-${anchor(tag)}">${escapeHtml(tag)}</a></li>`).join('');
  const sections = [...byTag].map(
    ([tag, operations]) =>
      `<section class="tag" id="tag-${anchor(tag)}"><h2>${escapeHtml(tag)}</h2>` +
      `${operations.map((o) => routeHtml(base, o)).join('')}</section>`,
  );
  const schemas = Object.entries(
    ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>,
  ).map(
    ([name, schema]) =>
      `<h3 id="schema-${escapeHtml(name)}"><code>${escapeHtml(name)}</code></h3>` +
      `<pre>${escapeHtml(schemaText(schema))}</pre>`,
  );
  const title = `${String(info.title ?? 'API')} v1`;
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)}</title><style>${DOCS_STYLE}</style></head><body>` +
    `<nav><strong>${escapeHtml(title)}</strong><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul>` +
    '<p><a href="openapi.json">openapi.json</a></p></nav>' +
    `<main><h1>${escapeHtml(title)} <small>${escapeHtml(String(info.version ?? ''))}</small></h1>` +
    `<p class="intro">${prose(info.description)}</p>${sections.join('')}` +
    `<section id="schemas"><h2>Schemas</h2>${schemas.join('')}</section></main></body></html>\n`
  );
}
