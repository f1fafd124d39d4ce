import Handlebars from 'handlebars';
import type { Language } from '../model/common';
import { dateText, localeOf, rawValue } from './field-value';
import { charged, LimitExceeded, sourceLimit, type TemplateLimit } from './template-limits';

/** Which part of a message a source is: subject and text are plain text, HTML is escaped, JSON is JSON-escaped. */
export type Part = 'subject' | 'html' | 'text' | 'json';

/** Something the author should know about a rendered template; rendering itself never throws. */
export interface RenderProblem {
  kind: 'compile' | 'unknownField' | 'emptyField' | 'missingLanguage' | 'limit';
  part?: Part;
  field?: string;
  line?: number;
  column?: number;
  /** For kind limit: which limit, and what it allows at most. */
  limit?: TemplateLimit;
  max?: number;
  message: string;
}

type Options = Handlebars.HelperOptions;
const languageOf = (options: Options): Language =>
  (options.data as { language?: Language } | undefined)?.language ?? 'nl';

/** The isolated Handlebars environment message templates run in. */
const env = Handlebars.create();

function formatDate(this: unknown, value: unknown, ...args: unknown[]): string {
  const style = typeof args[0] === 'string' ? (args[0] as 'short' | 'medium' | 'long') : 'medium';
  const raw = rawValue(value);
  if (!(raw instanceof Date) && typeof raw !== 'string' && typeof raw !== 'number') return '';
  return dateText(raw, languageOf(args.at(-1) as Options), style);
}

function formatNumber(this: unknown, value: unknown, ...args: unknown[]): string {
  const decimals = typeof args[0] === 'number' ? args[0] : undefined;
  const raw = rawValue(value);
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (raw === undefined || raw === null || raw === '' || Number.isNaN(n)) return '';
  const digits = decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return new Intl.NumberFormat(localeOf(languageOf(args.at(-1) as Options)), digits).format(n);
}

env.registerHelper('formatDate', formatDate);
env.registerHelper('formatNumber', formatNumber);
env.registerHelper('default', (value: unknown, fallback: unknown) => {
  const raw = rawValue(value);
  return raw === undefined || raw === null || raw === '' ? fallback : value;
});
env.registerHelper('eq', (a: unknown, b: unknown) => rawValue(a) === rawValue(b));
// Nothing a template does reaches the console.
env.registerHelper('log', () => '');

/** The built-in block helpers, with each body they run charged to the rendering's budget (see template-limits). */
for (const name of ['each', 'if', 'unless', 'with', 'blockHelperMissing']) {
  const builtin = env.helpers[name] as (...args: unknown[]) => unknown;
  env.registerHelper(name, function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as Options;
    const values = args.slice(0, -1).map((v) => (name === 'if' || name === 'unless' ? rawValue(v) : v));
    const fn = options.fn && charged(options.fn as never, name === 'each');
    const inverse = options.inverse && charged(options.inverse as never, false);
    return builtin.call(this, ...values, { ...options, fn, inverse });
  });
}

const helperNames = new Set([
  'formatDate',
  'formatNumber',
  'default',
  'eq',
  'if',
  'unless',
  'each',
  'with',
  'lookup',
  'log',
]);

type Node = { type: string; [key: string]: unknown };

/** Field paths the template reads at its top level (not inside #each/#with, whose context differs). */
function collectPaths(node: Node | undefined, into: string[]): void {
  if (!node) return;
  const path = (p: unknown) => {
    const expr = p as { type?: string; original?: string; data?: boolean; depth?: number } | undefined;
    const read = expr?.type === 'PathExpression' && !expr.data && expr.depth === 0 && expr.original;
    if (read && !helperNames.has(read)) into.push(read);
  };
  const visitParams = (n: Node) => {
    for (const p of (n.params as Node[] | undefined) ?? []) {
      if (p.type === 'SubExpression') visitParams(p);
      else path(p);
    }
    for (const pair of (n.hash as { pairs?: { value: Node }[] } | undefined)?.pairs ?? []) path(pair.value);
  };
  switch (node.type) {
    case 'Program':
      for (const child of node.body as Node[]) collectPaths(child, into);
      return;
    case 'MustacheStatement': {
      const hash = (node.hash as { pairs?: unknown[] } | undefined)?.pairs?.length;
      if (((node.params as unknown[]) ?? []).length === 0 && !hash) path(node.path);
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

/** A statement message templates may not use: partials and decorators could call each other without end. */
function forbidden(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as Node;
  if (/^(Partial|PartialBlock|Decorator|DecoratorBlock)Statement$|^Decorator(Block)?$/.test(n.type ?? '')) {
    return 'partials ({{> …}}) and decorators cannot be used in message templates';
  }
  for (const child of [n.program, n.inverse, ...((n.body as unknown[] | undefined) ?? [])]) {
    const found = forbidden(child);
    if (found) return found;
  }
  return null;
}

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

export interface Compiled {
  run: Handlebars.TemplateDelegate;
  /** Field paths read at the top level, each with its parts split once. */
  paths: { path: string; parts: string[] }[];
}

/** A problem for a limit the template goes over. */
export const limitProblem = (e: LimitExceeded, part: Part): RenderProblem => ({
  kind: 'limit',
  part,
  limit: e.limit,
  max: e.max,
  message: e.message,
});

const CACHE_LIMIT = 1000;
/** Compiled templates per part, keyed by the source itself (whose hash V8 keeps with the string). */
const caches: Record<Part, Map<string, Compiled | RenderProblem>> = {
  subject: new Map(),
  html: new Map(),
  text: new Map(),
  json: new Map(),
};

function compileFresh(source: string, part: Part): Compiled | RenderProblem {
  const limit = sourceLimit(source);
  if (limit) return limitProblem(new LimitExceeded(limit), part);
  try {
    const ast = env.parse(source);
    const refused = forbidden(ast);
    if (refused) return { kind: 'compile', part, message: refused };
    const paths: string[] = [];
    collectPaths(ast as unknown as Node, paths);
    // Only the HTML part is HTML: subject and text are plain text, JSON values are escaped for JSON beforehand.
    const run = env.compile(ast, { strict: false, knownHelpersOnly: false, noEscape: part !== 'html' });
    return { run, paths: [...new Set(paths)].map((path) => ({ path, parts: path.split('.') })) };
  } catch (error) {
    const where = locate(source, error as Error);
    const lines = (error as Error).message.split('\n');
    return { kind: 'compile', part, ...where, message: lines.find((l) => l.startsWith('Expecting')) ?? lines[0]! };
  }
}

/** The compiled template of a part, or why there is none (it does not compile, or goes over a limit). */
export function compile(source: string, part: Part): Compiled | RenderProblem {
  const cache = caches[part];
  const hit = cache.get(source);
  if (hit) return hit;
  const result = compileFresh(source, part);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(source, result);
  return result;
}
