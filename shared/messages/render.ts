import Handlebars from 'handlebars';
import type { Language } from '../model/common';
import type { MessageTemplate } from '../model/template';
import { htmlToText } from './html-text';

/** Something the author should know about a rendered template; rendering itself never throws. */
export interface RenderProblem {
  kind: 'compile' | 'unknownField' | 'emptyField' | 'missingLanguage';
  part?: 'subject' | 'html' | 'text' | 'json';
  field?: string;
  line?: number;
  column?: number;
  message: string;
}

export interface Rendered {
  subject: string;
  html: string;
  text: string;
  problems: RenderProblem[];
}

/** The data a template is rendered with: one object per collection (Item, Recipient, Task…). */
export type MessageData = Record<string, Record<string, unknown> | undefined>;

const env = Handlebars.create();

function formatDate(this: unknown, value: unknown, ...args: unknown[]): string {
  const options = args.at(-1) as Handlebars.HelperOptions;
  const style = typeof args[0] === 'string' ? (args[0] as 'short' | 'medium' | 'long') : 'medium';
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(options.data?.language ?? 'nl', { dateStyle: style }).format(date);
}

function formatNumber(this: unknown, value: unknown, ...args: unknown[]): string {
  const options = args.at(-1) as Handlebars.HelperOptions;
  const decimals = typeof args[0] === 'number' ? args[0] : undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (value === undefined || value === null || value === '' || Number.isNaN(n)) return '';
  return new Intl.NumberFormat(options.data?.language ?? 'nl', decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);
}

env.registerHelper('formatDate', formatDate);
env.registerHelper('formatNumber', formatNumber);
env.registerHelper('default', (value: unknown, fallback: unknown) => (value === undefined || value === null || value === '' ? fallback : value));
env.registerHelper('eq', (a: unknown, b: unknown) => a === b);

const helperNames = new Set(['formatDate', 'formatNumber', 'default', 'eq', 'if', 'unless', 'each', 'with', 'lookup', 'log']);

const CACHE_LIMIT = 1000;
interface Compiled {
  run: Handlebars.TemplateDelegate;
  /** Field paths read at the top level, each with its parts split once. */
  paths: { path: string; parts: string[] }[];
}
/** Compiled templates per part, keyed by the source itself (whose hash V8 keeps with the string). */
const caches = { subject: new Map<string, Compiled | RenderProblem>(), html: new Map<string, Compiled | RenderProblem>(), text: new Map<string, Compiled | RenderProblem>(), json: new Map<string, Compiled | RenderProblem>() };

/** Where a Handlebars parse error is, from its message ("on line N" and the caret under the excerpt). */
function locate(source: string, error: Error): { line?: number; column?: number } {
  const e = error as Error & { lineNumber?: number; column?: number };
  if (typeof e.lineNumber === 'number') return { line: e.lineNumber, column: (e.column ?? 0) + 1 };
  const line = Number(/on line (\d+)/.exec(error.message)?.[1]);
  const [, excerpt = '', caret = ''] = error.message.split('\n');
  const consumed = excerpt.slice(0, caret.indexOf('^')).replace(/^\.\.\./, '');
  const flat = source.replace(/\n/g, '');
  const end = flat.lastIndexOf(consumed) + consumed.length;
  if (!Number.isInteger(line) || end < consumed.length) return Number.isInteger(line) ? { line } : {};
  let seen = 0;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (end <= seen + lines[i]!.length || i === lines.length - 1) return { line: i + 1, column: end - seen + 1 };
    seen += lines[i]!.length;
  }
  return { line };
}

type Node = { type: string; [key: string]: unknown };

/** Field paths the template reads at its top level (not inside #each/#with, whose context differs). */
function collectPaths(node: Node | undefined, into: string[]): void {
  if (!node) return;
  const path = (p: unknown) => {
    const expr = p as { type?: string; original?: string; data?: boolean; depth?: number } | undefined;
    if (expr?.type === 'PathExpression' && !expr.data && expr.depth === 0 && expr.original && !helperNames.has(expr.original)) into.push(expr.original);
  };
  const visitParams = (n: Node) => {
    for (const p of (n.params as Node[] | undefined) ?? []) {
      if (p.type === 'SubExpression') visitParams(p);
      else path(p);
    }
    for (const pair of ((n.hash as { pairs?: { value: Node }[] } | undefined)?.pairs ?? [])) path(pair.value);
  };
  switch (node.type) {
    case 'Program':
      for (const child of node.body as Node[]) collectPaths(child, into);
      return;
    case 'MustacheStatement': {
      const hasArgs = ((node.params as unknown[]) ?? []).length > 0 || (node.hash as { pairs?: unknown[] } | undefined)?.pairs?.length;
      if (!hasArgs) path(node.path);
      visitParams(node);
      return;
    }
    case 'BlockStatement': {
      const name = (node.path as { original?: string }).original;
      visitParams(node);
      if (name === 'each' || name === 'with') return;
      collectPaths(node.program as Node, into);
      collectPaths(node.inverse as Node, into);
      return;
    }
    default:
  }
}

function compile(source: string, part: NonNullable<RenderProblem['part']>): Compiled | RenderProblem {
  const cache = caches[part];
  const hit = cache.get(source);
  if (hit) return hit;
  let result: Compiled | RenderProblem;
  try {
    const ast = env.parse(source);
    const paths: string[] = [];
    collectPaths(ast as unknown as Node, paths);
    result = { run: env.compile(ast, { strict: false, knownHelpersOnly: false, noEscape: part === 'json' }), paths: [...new Set(paths)].map((path) => ({ path, parts: path.split('.') })) };
  } catch (error) {
    const where = locate(source, error as Error);
    result = { kind: 'compile', part, ...where, message: (error as Error).message.split('\n').find((l) => l.startsWith('Expecting')) ?? (error as Error).message.split('\n')[0]! };
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(source, result);
  return result;
}

function valueAt(data: MessageData, parts: string[]): unknown {
  let at: unknown = data;
  for (const key of parts) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** Render one part; problems go to `problems`, never thrown. */
function renderPart(source: string, part: NonNullable<RenderProblem['part']>, data: MessageData, language: Language, known: Set<string> | null, problems: RenderProblem[]): string {
  const compiled = compile(source, part);
  if ('kind' in compiled) {
    problems.push(compiled);
    return '';
  }
  for (const { path, parts } of compiled.paths) {
    if (known && !known.has(path)) problems.push({ kind: 'unknownField', part, field: path, message: `unknown field ${path}` });
    else {
      const value = valueAt(data, parts);
      if (value === undefined || value === null || value === '') problems.push({ kind: 'emptyField', part, field: path, message: `${path} is empty` });
    }
  }
  try {
    // Prototype properties stay denied (Handlebars' default): {{constructor.constructor}} renders nothing.
    return compiled.run(data, { data: { language }, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    problems.push({ kind: 'compile', part, message: (error as Error).message });
    return '';
  }
}

/**
 * Render a template in one language. `known` lists the field paths that exist (see knownFields);
 * pass null to skip that check. HTML output escapes every value; the text part is written or derived.
 */
export function renderTemplate(template: Pick<MessageTemplate, 'texts'>, language: Language, data: MessageData, known: Set<string> | null): Rendered {
  const problems: RenderProblem[] = [];
  const texts = template.texts[language];
  if (!texts) return { subject: '', html: '', text: '', problems: [{ kind: 'missingLanguage', message: `no text in ${language}` }] };
  const subject = renderPart(texts.subject, 'subject', data, language, known, problems).replace(/[\r\n]+/g, ' ');
  const html = renderPart(texts.html, 'html', data, language, known, problems);
  const text = texts.text ? renderPart(texts.text, 'text', data, language, known, problems) : htmlToText(html);
  return { subject, html, text, problems };
}

/** Every string in `value` escaped for use inside a JSON string literal ("…"); other values as they are. */
function jsonEscaped(value: unknown): unknown {
  if (typeof value === 'string') return JSON.stringify(value).slice(1, -1);
  if (Array.isArray(value)) return value.map(jsonEscaped);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonEscaped(v)]));
  return value;
}

/**
 * Render a JSON body template (a webhook's): values are JSON-escaped instead of HTML-escaped, so
 * `{"subject": "{{Item.Subject}}"}` stays valid JSON whatever the subject holds. Says whether the
 * result is JSON; problems are returned, never thrown.
 */
export function renderJsonTemplate(source: string, data: MessageData, language: Language): { text: string; problems: RenderProblem[] } {
  const problems: RenderProblem[] = [];
  const text = renderPart(source, 'json', jsonEscaped(data) as MessageData, language, null, problems);
  if (!problems.some((p) => p.kind === 'compile')) {
    try {
      JSON.parse(text);
    } catch (error) {
      problems.push({ kind: 'compile', part: 'json', message: `the body is not JSON: ${(error as Error).message}` });
    }
  }
  return { text, problems };
}
