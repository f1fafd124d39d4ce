import Handlebars from 'handlebars';
import { chargeOutput } from './template-limits';

/**
 * Every `{{…}}` that writes something goes through a write helper, which charges the rendering's
 * output budget with what it is about to write — before it is escaped or added to the message —
 * so a template that repeats a large value stops at the limit instead of building a huge string.
 * `{{Item.Payload}}` becomes `{{__write Item.Payload}}`, `{{formatDate Record.DueDate "short"}}`
 * becomes `{{__write (formatDate Record.DueDate "short")}}`: what is looked up, which helper is
 * called and what is written stay exactly as Handlebars would have it.
 */
export const WRITE = '__write';
/** The same for the HTML part: the value is escaped here, once it is known to fit. */
export const WRITE_HTML = '__writeHtml';

type Node = { type: string; loc?: unknown; [key: string]: unknown };
type Path = { type: 'PathExpression'; data: boolean; depth: number; parts: string[]; original: string; loc?: unknown };

/** The text Handlebars writes for a value. */
const textOf = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The write helpers: charge what is written, then write it (in HTML: escaped). */
export function registerWriteHelpers(env: typeof Handlebars): void {
  env.registerHelper(WRITE, (value: unknown) => {
    const text = textOf(value);
    chargeOutput(text.length);
    return text;
  });
  env.registerHelper(WRITE_HTML, (value: unknown) => {
    const html = (value as { toHTML?: () => string } | null)?.toHTML;
    const text = typeof html === 'function' ? String(html.call(value)) : textOf(value);
    // The value as it is first: one over the limit is refused before it is escaped.
    chargeOutput(text.length);
    const escaped = typeof html === 'function' ? text : Handlebars.Utils.escapeExpression(text);
    chargeOutput(escaped.length - text.length);
    return escaped;
  });
}

/** `{{"name"}}` and `{{1}}` look up a field of that name, as Handlebars does with a literal in a tag. */
function asPath(expr: Node): Node {
  if (Array.isArray(expr.parts)) return expr;
  const name = String(expr.original);
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc: expr.loc };
}

/** A name on its own (`{{default}}`), which Handlebars calls as a helper where there is one. */
const simpleName = (path: Node): string | null => {
  const p = path as Path;
  const simple = p.type === 'PathExpression' && !p.data && !p.depth && p.parts.length === 1;
  return simple && !/^\.|this\b/.test(p.original) ? p.parts[0]! : null;
};

/**
 * Rewrite the tags of a parsed template in place so each goes through a write helper (see above).
 * `isHelper` says whether a name is a registered helper; block parameters (`as |x|`) are not.
 */
export function chargeWrites(program: Node, html: boolean, isHelper: (name: string) => boolean): void {
  const visit = (node: Node | undefined, blockParams: ReadonlySet<string>): void => {
    if (!node) return;
    const params = new Set([...blockParams, ...((node.blockParams as string[] | undefined) ?? [])]);
    const body = node.body as Node[];
    body.forEach((statement, i) => {
      if (statement.type === 'BlockStatement') {
        visit(statement.program as Node | undefined, params);
        visit(statement.inverse as Node | undefined, params);
      } else if (statement.type === 'MustacheStatement') {
        body[i] = writing(statement, html, (name) => isHelper(name) && !params.has(name));
      }
    });
  };
  visit(program, new Set());
}

function writing(tag: Node, html: boolean, isHelper: (name: string) => boolean): Node {
  const path = asPath(tag.path as Node);
  const name = simpleName(path);
  const calls = (tag.params as Node[]).length > 0 || tag.hash !== undefined || (name !== null && isHelper(name));
  const value = calls ? { type: 'SubExpression', path, params: tag.params, hash: tag.hash, loc: tag.loc } : path;
  const helper = html && tag.escaped ? WRITE_HTML : WRITE;
  const write: Path = {
    type: 'PathExpression',
    data: false,
    depth: 0,
    parts: [helper],
    original: helper,
    loc: tag.loc,
  };
  return { ...tag, path: write, params: [value], hash: undefined, escaped: false };
}
