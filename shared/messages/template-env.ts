import Handlebars from 'handlebars';
import { rawValue } from './field-value';
import {
  RenderFailure,
  type RenderFailureReason,
  renderFailureMessage,
  registerValueHelpers,
  withArity,
} from './template-helpers';
import { charged, LimitExceeded, sourceLimit, type TemplateLimit } from './template-limits';
import { chargeWrites, registerWriteHelpers, WRITE, WRITE_HTML } from './template-writes';
import { derivedText } from './derived-text';
import { type PlainRun, plainPieces, plainTemplate } from './plain-template';

/** Which part of a message a source is: subject and text are plain text, HTML is escaped, JSON is JSON-escaped. */
export type Part = 'subject' | 'html' | 'text' | 'json';

/** Something the author should know about a rendered template; rendering itself never throws. */
export interface RenderProblem {
  kind: 'compile' | 'unknownField' | 'emptyField' | 'missingLanguage' | 'limit' | 'render';
  part?: Part;
  field?: string;
  line?: number;
  column?: number;
  /** For kind limit: which limit, and what it allows at most. */
  limit?: TemplateLimit;
  max?: number;
  /** For kind render: why, the helper at fault and the value it could not use. */
  reason?: RenderFailureReason;
  helper?: string;
  value?: string;
  message: string;
}

/** The isolated Handlebars environment message templates run in. */
const env = Handlebars.create();
registerValueHelpers(env);
registerWriteHelpers(env);

/** The built-in block helpers, with each body they run charged to the rendering's budget (see template-limits). */
const BLOCK_HELPERS = ['each', 'if', 'unless', 'with'] as const;
for (const name of [...BLOCK_HELPERS, 'blockHelperMissing']) {
  const builtin = env.helpers[name] as (...args: unknown[]) => unknown;
  const helper = function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as Handlebars.HelperOptions;
    const values = args.slice(0, -1).map((v) => (name === 'if' || name === 'unless' ? rawValue(v) : v));
    const fn = options.fn && charged(options.fn as never, name === 'each');
    const inverse = options.inverse && charged(options.inverse as never, false);
    return builtin.call(this, ...values, { ...options, fn, inverse });
  };
  env.registerHelper(name, name === 'blockHelperMissing' ? helper : withArity(name, 1, 1, helper));
}

/** Helpers that write a value; `{{#formatDate}}…{{/formatDate}}` makes no sense and would write unchecked. */
const VALUE_HELPERS = new Set(['formatDate', 'formatNumber', 'default', 'eq', 'lookup', 'log', WRITE, WRITE_HTML]);

const isHelper = (name: string): boolean => Object.hasOwn(env.helpers, name);

type Node = { type: string; [key: string]: unknown };

/** Field paths the template reads at its top level (not inside #each/#with, whose context differs). */
function collectPaths(node: Node | undefined, into: string[]): void {
  if (!node) return;
  const path = (p: unknown) => {
    const expr = p as { type?: string; original?: string; data?: boolean; depth?: number } | undefined;
    const read = expr?.type === 'PathExpression' && !expr.data && expr.depth === 0 && expr.original;
    if (read && !isHelper(read)) into.push(read);
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

/**
 * A statement message templates may not use: partials and decorators could call each other without
 * end; a value helper is not a block.
 */
function forbidden(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as Node;
  if (/^(Partial|PartialBlock|Decorator|DecoratorBlock)Statement$|^Decorator(Block)?$/.test(n.type ?? '')) {
    return 'partials ({{> …}}) and decorators cannot be used in message templates';
  }
  const name = n.type === 'BlockStatement' ? (n.path as { original?: unknown }).original : undefined;
  if (typeof name === 'string' && VALUE_HELPERS.has(name)) return `${name} is not a block: write {{${name} …}}`;
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
  /** Handlebars' template; for a plain one, `plain` runs instead. */
  run: Handlebars.TemplateDelegate;
  /** Text and plain fields only (see plainPieces): joined in one pass, reading nothing but the data. */
  plain?: PlainRun;
  /**
   * For a plain HTML template: its text part worked out from the template (see derivedText), from
   * the values `plain` looked up; null per value that brings its own HTML.
   */
  text?: (values: readonly unknown[]) => string | null;
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

/**
 * What went wrong while rendering: a limit gone over, a helper used in a way it cannot work, or
 * (Handlebars' own errors, which come from compiling the template on its first run) a compile error.
 */
export function failureProblem(error: unknown, part: Part): RenderProblem {
  if (error instanceof LimitExceeded) return limitProblem(error, part);
  if (error instanceof RenderFailure) {
    const { reason, helper, value, message } = error;
    return { kind: 'render', part, reason, ...(helper ? { helper } : {}), ...(value ? { value } : {}), message };
  }
  const message = (error as Error).message;
  if (error instanceof Handlebars.Exception) return { kind: 'compile', part, message };
  return {
    kind: 'render',
    part,
    reason: 'failed',
    value: message,
    message: renderFailureMessage('failed', '', message),
  };
}

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
    const fields = [...new Set(paths)].map((path) => ({ path, parts: path.split('.') }));
    // Text and plain fields only (most templates): joined in one pass, without Handlebars' per-call setup.
    const pieces = plainPieces(ast as unknown as Node, part === 'html', isHelper);
    if (pieces) {
      const text = part === 'html' ? derivedText(pieces) : null;
      const plain = plainTemplate(pieces);
      return {
        run: (data: unknown) => plain(data),
        paths: fields,
        plain,
        ...(text ? { text } : {}),
      };
    }
    chargeWrites(ast as unknown as Node, part === 'html', isHelper);
    // Only the HTML part is HTML: subject and text are plain text, JSON values are escaped for JSON beforehand.
    const knownHelpers = { [WRITE]: true, [WRITE_HTML]: true };
    const run = env.compile(ast, { strict: false, knownHelpersOnly: false, noEscape: part !== 'html', knownHelpers });
    return { run, paths: fields };
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
