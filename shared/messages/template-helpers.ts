import type Handlebars from 'handlebars';
import type { Language } from '../model/common';
import { type ActionButton, actionsHtml, actionsText } from './action-buttons';
import { localeOf } from '../fields/locale-number';
import { dateText, rawValue } from './field-value';

/** Why a template could not be rendered although it compiled: a helper used in a way it cannot work. */
export type RenderFailureReason = 'arguments' | 'decimals' | 'dateStyle' | 'unknownHelper' | 'failed';

/** How each helper is written, for the message that says a helper got the wrong number of values. */
export const HELPER_USAGE: Readonly<Record<string, string>> = {
  formatDate: '{{formatDate Record.DueDate "short"}}',
  formatNumber: '{{formatNumber Record.Amount 2}}',
  default: '{{default Contact.FirstName "…"}}',
  eq: '{{#if (eq Record.Status "…")}}…{{/if}}',
  lookup: '{{lookup Item "…"}}',
  actions: '{{actions}}',
  if: '{{#if Item.Subject}}…{{/if}}',
  unless: '{{#unless Item.Subject}}…{{/unless}}',
  with: '{{#with Contact}}…{{/with}}',
  each: '{{#each Item.…}}…{{/each}}',
};

export const DATE_STYLES = ['short', 'medium', 'long', 'full'] as const;
/** The decimals formatNumber writes at most. */
export const MAX_DECIMALS = 20;

/** The message of a render failure, in plain words (the API's language; the app translates by reason). */
export function renderFailureMessage(reason: RenderFailureReason, helper = '', value = ''): string {
  switch (reason) {
    case 'arguments':
      return `${helper} is used with the wrong number of values; write it as ${HELPER_USAGE[helper] ?? helper}`;
    case 'decimals':
      return `formatNumber writes 0 to ${MAX_DECIMALS} decimals, not ${value}`;
    case 'dateStyle':
      return `formatDate writes a date "short", "medium", "long" or "full", not "${value}"`;
    case 'unknownHelper':
      return `there is no helper called ${helper}`;
    case 'failed':
      return `the message could not be made: ${value}`;
    default: {
      const never: never = reason;
      return never;
    }
  }
}

/** A helper used in a way it cannot work, found while rendering. */
export class RenderFailure extends Error {
  constructor(
    readonly reason: RenderFailureReason,
    readonly helper?: string,
    readonly value?: string,
  ) {
    super(renderFailureMessage(reason, helper, value));
    this.name = 'RenderFailure';
  }
}

type Options = Handlebars.HelperOptions;
type Helper = (this: unknown, ...args: unknown[]) => unknown;

const languageOf = (options: Options): Language =>
  (options.data as { language?: Language } | undefined)?.language ?? 'nl';

/**
 * A helper that takes between `min` and `max` values (besides Handlebars' options, which come
 * last): `{{default}}` alone is refused instead of writing "[object Object]".
 */
export function withArity(name: string, min: number, max: number, helper: Helper): Helper {
  return function (this: unknown, ...args: unknown[]) {
    const given = args.length - 1;
    if (given < min || given > max) throw new RenderFailure('arguments', name);
    return helper.apply(this, args);
  };
}

function formatDate(value: unknown, ...rest: unknown[]): string {
  const options = rest.at(-1) as Options;
  const style = rest.length > 1 ? rest[0] : 'medium';
  if (!DATE_STYLES.includes(style as never)) throw new RenderFailure('dateStyle', 'formatDate', String(style));
  const raw = rawValue(value);
  if (!(raw instanceof Date) && typeof raw !== 'string' && typeof raw !== 'number') return '';
  return dateText(raw, languageOf(options), style as (typeof DATE_STYLES)[number]);
}

function formatNumber(value: unknown, ...rest: unknown[]): string {
  const options = rest.at(-1) as Options;
  const decimals = rest.length > 1 ? rest[0] : undefined;
  const valid = decimals === undefined || (Number.isInteger(decimals) && Number(decimals) >= 0);
  if (!valid || Number(decimals) > MAX_DECIMALS) throw new RenderFailure('decimals', 'formatNumber', String(decimals));
  const raw = rawValue(value);
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (raw === undefined || raw === null || raw === '' || Number.isNaN(n)) return '';
  const digits =
    decimals === undefined ? {} : { minimumFractionDigits: Number(decimals), maximumFractionDigits: Number(decimals) };
  return new Intl.NumberFormat(localeOf(languageOf(options)), digits).format(n);
}

/** The helpers message templates have besides the built-in blocks, each refusing what it cannot do. */
export function registerValueHelpers(env: typeof Handlebars): void {
  env.registerHelper('formatDate', withArity('formatDate', 1, 2, formatDate as Helper));
  env.registerHelper('formatNumber', withArity('formatNumber', 1, 2, formatNumber as Helper));
  env.registerHelper(
    'default',
    withArity('default', 2, 2, (value: unknown, fallback: unknown) => {
      const raw = rawValue(value);
      return raw === undefined || raw === null || raw === '' ? fallback : value;
    }),
  );
  env.registerHelper(
    'eq',
    withArity('eq', 2, 2, (a: unknown, b: unknown) => rawValue(a) === rawValue(b)),
  );
  env.registerHelper('lookup', withArity('lookup', 2, 2, env.helpers.lookup as Helper));
  // A task mail's actions as links (issue 14): buttons in HTML, lines in text, nothing in a subject or
  // where the message has no actions (a preview of a message that is not a task's, a mailing).
  env.registerHelper(
    'actions',
    withArity('actions', 0, 0, (...args: unknown[]) => {
      const options = args.at(-1) as Options;
      const data = options.data as { part?: string; actions?: readonly ActionButton[] } | undefined;
      const buttons = data?.actions ?? [];
      if (data?.part === 'html') return new env.SafeString(actionsHtml(buttons));
      return data?.part === 'text' ? actionsText(buttons) : '';
    }),
  );
  // Nothing a template does reaches the console.
  env.registerHelper('log', () => '');
  // `(foo)` without values is a field that is not there; `{{foo x}}` calls a helper that is not there.
  env.registerHelper('helperMissing', (...args: unknown[]) => {
    if (args.length === 1) return undefined;
    throw new RenderFailure('unknownHelper', (args.at(-1) as { name?: string }).name);
  });
}
