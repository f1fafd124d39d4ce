import type { Language } from '../model/common';
import type { MessageTemplate } from '../model/template';
import type { ActionButton } from './action-buttons';
import { FieldValue } from './field-value';
import { headerText } from './header-text';
import { htmlToText } from './html-text';
import { type Compiled, compile, failureProblem, type Part, type RenderProblem } from './template-env';
import { withBudget } from './template-limits';

export type { Part, RenderProblem } from './template-env';

export interface Rendered {
  subject: string;
  html: string;
  text: string;
  problems: RenderProblem[];
}

/** The data a template is rendered with: one object per collection (Item, Recipient, Task…). */
export type MessageData = Record<string, Record<string, unknown> | undefined>;

function valueAt(data: MessageData, parts: string[]): unknown {
  let at: unknown = data;
  for (const key of parts) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** What a rendering knows besides the fields: the reader's task actions as links (`{{actions}}`). */
export interface RenderFrame {
  actions?: readonly ActionButton[];
}

/**
 * One part as rendered, with the template it was compiled to (null when it did not compile) and,
 * for a plain template, the values of its fields in order (see PlainRun).
 */
interface RenderedPart {
  output: string;
  compiled: Compiled | null;
  values?: unknown[];
}

/** Render one part; problems go to `problems`, never thrown. */
function renderPart(
  source: string,
  part: Part,
  data: MessageData,
  language: Language,
  known: Set<string> | null,
  problems: RenderProblem[],
  frame: RenderFrame = {},
): RenderedPart {
  const compiled = compile(source, part);
  if ('kind' in compiled) {
    problems.push(compiled);
    return { output: '', compiled: null };
  }
  for (const { path, parts } of compiled.paths) {
    if (known && !known.has(path))
      problems.push({ kind: 'unknownField', part, field: path, message: `unknown field ${path}` });
    else {
      const value = valueAt(data, parts);
      if (value === undefined || value === null || value === '')
        problems.push({ kind: 'emptyField', part, field: path, message: `${path} is empty` });
    }
  }
  try {
    // Prototype properties stay denied (Handlebars' default): {{constructor.constructor}} renders nothing.
    // A plain template reads nothing but the data (and makes no helper calls to budget).
    if (compiled.plain) {
      const values: unknown[] = [];
      return { output: compiled.plain(data, values), compiled, values };
    }
    const options = {
      data: { language, part, ...frame },
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    };
    return { output: withBudget(() => compiled.run(data, options)), compiled };
  } catch (error) {
    problems.push(failureProblem(error, part));
    return { output: '', compiled };
  }
}

/**
 * The text part derived from the HTML part: from the template where that can be done (see
 * derivedText; the same text, without reading the rendered HTML again), else from the HTML.
 */
function textFromHtml({ output: html, compiled, values }: RenderedPart, problems: readonly RenderProblem[]): string {
  const rendered = compiled?.text && values && !problems.some((p) => p.part === 'html' && blocksSending(p));
  return (rendered ? compiled.text!(values) : null) ?? htmlToText(html);
}

/**
 * Render a template in one language. `known` lists the field paths that exist (see knownFields);
 * pass null to skip that check. The HTML part escapes every value; subject and text are plain text
 * (the text part written, or derived from the HTML), the subject one line without control characters.
 */
export function renderTemplate(
  template: Pick<MessageTemplate, 'texts'>,
  language: Language,
  data: MessageData,
  known: Set<string> | null,
  frame: RenderFrame = {},
): Rendered {
  const problems: RenderProblem[] = [];
  const texts = template.texts[language];
  if (!texts)
    return {
      subject: '',
      html: '',
      text: '',
      problems: [{ kind: 'missingLanguage', message: `no text in ${language}` }],
    };
  const subject = headerText(renderPart(texts.subject, 'subject', data, language, known, problems, frame).output);
  const html = renderPart(texts.html, 'html', data, language, known, problems, frame);
  const text = texts.text
    ? renderPart(texts.text, 'text', data, language, known, problems, frame).output
    : textFromHtml(html, problems);
  return { subject, html: html.output, text, problems };
}

/** A problem that keeps a message from being sent: the template does not compile, or goes over a limit. */
export const blocksSending = (p: RenderProblem): boolean =>
  p.kind === 'compile' || p.kind === 'limit' || p.kind === 'render' || p.kind === 'missingLanguage';

/**
 * Every string in `value` escaped for use inside a JSON string literal ("…"); dates and numbers
 * (FieldValues) as the value they stand for, so `"amount": {{Record.Amount}}` stays a number.
 */
function jsonEscaped(value: unknown): unknown {
  if (value instanceof FieldValue) return jsonEscaped(value.raw);
  if (typeof value === 'string') return JSON.stringify(value).slice(1, -1);
  if (Array.isArray(value)) return value.map(jsonEscaped);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonEscaped(v)]));
  return value;
}

/**
 * Render a JSON body template (a webhook's): values are JSON-escaped instead of HTML-escaped, so
 * `{"subject": "{{Item.Subject}}"}` stays valid JSON whatever the subject holds. Says whether the
 * result is JSON; problems are returned, never thrown.
 */
export function renderJsonTemplate(
  source: string,
  data: MessageData,
  language: Language,
): { text: string; problems: RenderProblem[] } {
  const problems: RenderProblem[] = [];
  const text = renderPart(source, 'json', jsonEscaped(data) as MessageData, language, null, problems).output;
  if (!problems.some(blocksSending)) {
    try {
      JSON.parse(text);
    } catch (error) {
      problems.push({ kind: 'compile', part: 'json', message: `the body is not JSON: ${(error as Error).message}` });
    }
  }
  return { text, problems };
}

/**
 * The limits a template's sources go over, before anything is rendered (what saving refuses):
 * one problem per part, with where it is.
 */
export function templateLimitProblems(
  template: Pick<MessageTemplate, 'texts'>,
): (RenderProblem & { language: Language })[] {
  const found: (RenderProblem & { language: Language })[] = [];
  for (const [language, texts] of Object.entries(template.texts) as [
    Language,
    NonNullable<MessageTemplate['texts'][Language]>,
  ][]) {
    for (const part of ['subject', 'html', 'text'] as const) {
      const source = texts[part];
      if (source === undefined) continue;
      const compiled = compile(source, part);
      if ('kind' in compiled && compiled.kind === 'limit') found.push({ ...compiled, language });
    }
  }
  return found;
}
