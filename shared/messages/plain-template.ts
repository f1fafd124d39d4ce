import Handlebars from 'handlebars';
import { LimitExceeded, TEMPLATE_LIMITS } from './template-limits';

type Node = { type: string; [key: string]: unknown };
type Path = { type: string; data?: boolean; depth?: number; parts?: string[]; original?: string };

/** A piece of a plain template: text as it is, or a field written out. */
export type Piece = string | { parts: string[]; escape: boolean };

/** The text Handlebars writes for a value (see template-writes.ts, which this must match). */
export const textOf = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** A value written into HTML as the HTML write helper writes it: its own HTML if it has one, else escaped. */
function htmlOf(value: unknown): string {
  const html = (value as { toHTML?: () => string } | null)?.toHTML;
  return typeof html === 'function' ? String(html.call(value)) : Handlebars.Utils.escapeExpression(textOf(value));
}

/** A field looked up as Handlebars does with prototype access denied: own properties only, stopping at nothing. */
export function lookup(data: unknown, parts: readonly string[]): unknown {
  let at = data;
  for (const key of parts) {
    if (at === null || at === undefined || !Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** A tag that only writes a field: `{{Item.Subject}}`, no helper, no values, no `this` or `../`. */
function fieldOf(node: Node, isHelper: (name: string) => boolean): string[] | null {
  const path = node.path as Path;
  if (path.type !== 'PathExpression' || path.data || path.depth || !path.parts?.length) return null;
  if ((node.params as unknown[]).length || node.hash !== undefined) return null;
  if (/^(\.|this\b)/.test(path.original ?? '')) return null;
  if (path.parts.length === 1 && isHelper(path.parts[0]!)) return null;
  return path.parts;
}

/**
 * The pieces of a template that is only text and plain fields (most message templates), or null
 * when it uses anything else (blocks, helpers; comments are fine), which then runs in Handlebars.
 */
export function plainPieces(program: Node, html: boolean, isHelper: (name: string) => boolean): Piece[] | null {
  const pieces: Piece[] = [];
  for (const statement of program.body as Node[]) {
    if (statement.type === 'ContentStatement') pieces.push(String(statement.value));
    else if (statement.type === 'CommentStatement') continue;
    else if (statement.type === 'MustacheStatement') {
      const parts = fieldOf(statement, isHelper);
      if (!parts) return null;
      pieces.push({ parts, escape: html && statement.escaped === true });
    } else return null;
  }
  return pieces;
}

/**
 * The fast way to render a plain template (see plainPieces): one pass that joins the text with
 * each value, written exactly as the Handlebars path would write it (escaped in HTML, FieldValues
 * in the reader's words) and stopping at the output limit.
 */
export function plainTemplate(pieces: readonly Piece[]): PlainRun {
  return (data, values) => {
    let out = '';
    for (const piece of pieces) {
      if (typeof piece === 'string') out += piece;
      else {
        const value = lookup(data, piece.parts);
        values?.push(value);
        out += piece.escape ? htmlOf(value) : textOf(value);
      }
      if (out.length > TEMPLATE_LIMITS.output) throw new LimitExceeded('output');
    }
    return out;
  };
}

/**
 * A plain template's runner: the data in, the text out; `values`, when given, gets the value of
 * each field piece in order (what the HTML's derived text part is then made from, see derivedText).
 */
export type PlainRun = (data: unknown, values?: unknown[]) => string;
