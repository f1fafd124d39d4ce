/**
 * Limits that keep one template from freezing the app. Handlebars renders synchronously, so no
 * clock can interrupt it: the source is checked before it is parsed (its parser alone takes 44 s on
 * 5,000 nested blocks), and the work of a rendering is counted as it goes — blocks in the block
 * helpers, output by each value before it is written (see template-writes).
 */
export const TEMPLATE_LIMITS = {
  /** Characters in one part (subject, HTML, text, JSON body). */
  length: 100_000,
  /** `{{…}}` tags in one part. */
  tags: 1_000,
  /** Blocks inside blocks. */
  nesting: 20,
  /** Sub-expressions inside sub-expressions: `(eq (default …) …)`. */
  subexpressions: 10,
  /** Repetitions of `{{#each}}` in one rendering, all together. */
  repeats: 1_000,
  /** Block bodies run in one rendering (repetitions, `{{#if}}`, `{{#with}}`…). */
  steps: 10_000,
  /** Characters one rendering of a part writes: its values and its text, at the top level and in blocks. */
  output: 1_000_000,
} as const;

export type TemplateLimit = keyof typeof TEMPLATE_LIMITS;

/** A limit a template goes over: which, and what it may be at most. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: TemplateLimit,
    readonly max: number = TEMPLATE_LIMITS[limit],
  ) {
    super(limitMessage(limit, max));
    this.name = 'LimitExceeded';
  }
}

export function limitMessage(limit: TemplateLimit, max: number = TEMPLATE_LIMITS[limit]): string {
  switch (limit) {
    case 'length':
      return `the template is longer than ${max} characters`;
    case 'tags':
      return `the template has more than ${max} {{…}} tags`;
    case 'nesting':
      return `blocks are nested more than ${max} deep`;
    case 'subexpressions':
      return `sub-expressions are nested more than ${max} deep`;
    case 'repeats':
      return `{{#each}} repeats more than ${max} times`;
    case 'steps':
      return `more than ${max} blocks are run`;
    case 'output':
      return `the message would be longer than ${max} characters`;
    default: {
      const never: never = limit;
      return never;
    }
  }
}

/** Where the tag that starts at `open` ends (after its `}}`), skipping comments. */
function tagEnd(source: string, open: number): number {
  if (source.startsWith('{{!--', open)) {
    const end = source.indexOf('--}}', open + 5);
    return end === -1 ? source.length : end + 4;
  }
  const end = source.indexOf('}}', open + 2);
  return end === -1 ? source.length : end + 2;
}

/** How deeply parentheses nest in one tag. */
function parenDepth(tag: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of tag) {
    if (c === '(') deepest = Math.max(deepest, ++depth);
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * The first limit a template's source goes over (length, tags, nesting, sub-expressions), found in
 * one pass over its tags before Handlebars parses it; null when it keeps to them all.
 */
export function sourceLimit(source: string): TemplateLimit | null {
  let tags = 0;
  // Open blocks, each with how many levels it holds: `{{else if …}}` nests a block in the one it continues.
  const open: number[] = [];
  let depth = 0;
  for (let at = source.indexOf('{{'); at !== -1;) {
    const end = tagEnd(source, at);
    const escaped = at > 0 && source[at - 1] === '\\' && source[at - 2] !== '\\';
    if (!escaped && !source.startsWith('{{!', at)) {
      if (++tags > TEMPLATE_LIMITS.tags) return 'tags';
      const inner = source.slice(at, end).replace(/^\{+~?\s*/, '');
      const opens = /^[#^](?!\s*~?\}\})/.test(inner);
      const chains = open.length > 0 && /^else\s+[^\s}~]/.test(inner);
      if (opens) open.push(1);
      if (chains) open[open.length - 1]! += 1;
      if (opens || chains) depth += 1;
      if (depth > TEMPLATE_LIMITS.nesting) return 'nesting';
      if (inner.startsWith('/')) depth -= open.pop() ?? 0;
      if (parenDepth(inner) > TEMPLATE_LIMITS.subexpressions) return 'subexpressions';
    }
    at = source.indexOf('{{', end);
  }
  return source.length > TEMPLATE_LIMITS.length ? 'length' : null;
}

/** The work one rendering may still do; the block helpers and the write helpers charge it as they run. */
class Budget {
  private repeats = 0;
  private steps = 0;
  /** Characters accounted for so far: each value before it was written, the text of each block body that ran. */
  written = 0;

  repeat(): void {
    if (++this.repeats > TEMPLATE_LIMITS.repeats) throw new LimitExceeded('repeats');
  }

  step(): void {
    if (++this.steps > TEMPLATE_LIMITS.steps) throw new LimitExceeded('steps');
  }

  /** `n` more characters are about to be written. */
  write(n: number): void {
    this.written += n;
    if (this.written > TEMPLATE_LIMITS.output) throw new LimitExceeded('output');
  }

  /**
   * A block body (or the whole part) wrote `text`; what of it was not accounted for since `from`
   * is its own text between the tags (at most the template's length), charged now.
   */
  settle(text: string, from: number): void {
    this.write(Math.max(0, text.length - (this.written - from)));
  }
}

/** The budget of the rendering under way (rendering is synchronous: one at a time). */
let current: Budget | null = null;

/** Run one rendering with a fresh budget. */
export function withBudget(render: () => string): string {
  const outer = current;
  const budget = (current = new Budget());
  try {
    const text = render();
    budget.settle(text, 0);
    return text;
  } finally {
    current = outer;
  }
}

/** Charge `n` characters to the rendering under way before they are written; throws LimitExceeded past the limit. */
export function chargeOutput(n: number): void {
  current?.write(n);
}

type Body = (context: unknown, options?: unknown) => string;

/** A block body that charges the budget each time it runs (`repeat`: a repetition of #each). */
export function charged(body: Body, repeat: boolean): Body {
  return function (this: unknown, context, options) {
    const budget = current;
    if (repeat) budget?.repeat();
    budget?.step();
    const from = budget?.written ?? 0;
    const text = body.call(this, context, options);
    budget?.settle(text, from);
    return text;
  };
}
