import { describe, expect, it } from 'vitest';
import { renderJsonTemplate, renderTemplate, templateLimitProblems, TEMPLATE_LIMITS } from '@shared/messages';

const html = (source: string) => ({ texts: { nl: { subject: 'Onderwerp', html: source } } });
const list = (n: number) => Array.from({ length: n }, (_, i) => ({ n: i, naam: `Regel ${i}` }));
const nestedIfs = (n: number) => `${'{{#if Item.a}}'.repeat(n)}diep${'{{/if}}'.repeat(n)}`;

describe('template limits: a template cannot freeze the app', () => {
  it('returns a problem for 5,000 nested {{#if}} (the issue: 20 s) instead of parsing them', () => {
    const r = renderTemplate(html(nestedIfs(5000)), 'nl', { Item: { a: true } }, null);
    expect(r.html).toBe('');
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'limit', part: 'html', limit: 'nesting', max: 20 })]);
    expect(r.problems[0]!.message).toBe('blocks are nested more than 20 deep');
  });

  it('renders a sane nesting, else-if chains and sequences of blocks', () => {
    expect(renderTemplate(html(nestedIfs(TEMPLATE_LIMITS.nesting)), 'nl', { Item: { a: true } }, null).html).toBe(
      'diep',
    );
    const chain = `{{#if Item.b}}b${'{{else if Item.b}}b'.repeat(18)}{{else}}geen{{/if}}`;
    expect(renderTemplate(html(chain.repeat(30)), 'nl', { Item: { a: true } }, null).html).toBe('geen'.repeat(30));
    const deepChain = `{{#if Item.b}}b${'{{else if Item.b}}b'.repeat(25)}{{/if}}`;
    expect(renderTemplate(html(deepChain), 'nl', {}, null).problems).toEqual([
      expect.objectContaining({ limit: 'nesting' }),
    ]);
  });

  it('returns a problem for an {{#each}} over 2,000 items (the issue: 2.9 s), and for nested eaches', () => {
    const data = { Item: { regels: list(2000) } };
    const one = renderTemplate(html('{{#each Item.regels}}<p>{{naam}}</p>{{/each}}'), 'nl', data, null);
    expect(one.problems).toEqual([expect.objectContaining({ kind: 'limit', limit: 'repeats', max: 1000 })]);
    expect(one.html).toBe('');
    const nested = renderTemplate(
      html('{{#each Item.regels}}{{#each ../Item.regels}}{{n}}{{/each}}{{/each}}'),
      'nl',
      { Item: { regels: list(40) } },
      null,
    );
    expect(nested.problems).toEqual([expect.objectContaining({ kind: 'limit', limit: 'repeats' })]);
    // A list of a sensible length renders.
    const fine = renderTemplate(
      html('{{#each Item.regels}}{{n}},{{/each}}'),
      'nl',
      { Item: { regels: list(5) } },
      null,
    );
    expect(fine).toMatchObject({ html: '0,1,2,3,4,', problems: [] });
  });

  it('counts blocks run inside repetitions, and what they write', () => {
    const ifs = '{{#if n}}x{{/if}}'.repeat(20);
    const steps = renderTemplate(
      html(`{{#each Item.regels}}${ifs}{{/each}}`),
      'nl',
      { Item: { regels: list(600) } },
      null,
    );
    expect(steps.problems).toEqual([expect.objectContaining({ kind: 'limit', limit: 'steps', max: 10_000 })]);
    const big = 'x'.repeat(2000);
    const output = renderTemplate(
      html('{{#each Item.regels}}{{@root.Item.big}}{{/each}}'),
      'nl',
      { Item: { regels: list(900), big } },
      null,
    );
    expect(output.problems).toEqual([expect.objectContaining({ kind: 'limit', limit: 'output' })]);
  });

  it('checks length, number of tags and sub-expression depth before parsing', () => {
    expect(templateLimitProblems(html('x'.repeat(100_001)))).toEqual([
      expect.objectContaining({ limit: 'length', language: 'nl', part: 'html' }),
    ]);
    expect(templateLimitProblems(html('{{Item.a}}'.repeat(1001)))).toEqual([
      expect.objectContaining({ limit: 'tags' }),
    ]);
    const deep = `{{eq ${'(eq '.repeat(11)}Item.a${')'.repeat(11)} 1}}`;
    expect(templateLimitProblems(html(deep))).toEqual([expect.objectContaining({ limit: 'subexpressions' })]);
    // Comments and escaped braces are not tags.
    expect(templateLimitProblems(html(`{{!-- ${'{{#if a}}'.repeat(50)} --}}\\{{#if}}`))).toEqual([]);
    expect(templateLimitProblems({ texts: { de: { subject: nestedIfs(30), html: '' } } })).toEqual([
      expect.objectContaining({ language: 'de', part: 'subject', limit: 'nesting' }),
    ]);
  });

  it('refuses partials and decorators, which could call each other without end', () => {
    const r = renderTemplate(html('{{#*inline "a"}}{{> a}}{{> a}}{{/inline}}{{> a}}'), 'nl', {}, null);
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'compile', message: expect.stringContaining('partials') }),
    ]);
  });

  it('keeps webhook bodies to the same limits', () => {
    const r = renderJsonTemplate('[{{#each Item.regels}}{{n}},{{/each}}0]', { Item: { regels: list(2000) } }, 'nl');
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'limit', part: 'json', limit: 'repeats' })]);
  });
});
