import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { plainPieces } from '@shared/messages/plain-template';
import { FieldValue, knownFields, renderTemplate } from '@shared/messages';
import type { MessageTemplate } from '@shared/model';

/** The same template forced through Handlebars: an empty block makes it no plain template. */
const throughHandlebars = (source: string) => `${source}{{#if 1}}{{/if}}`;

const tpl = (subject: string, html: string, text?: string): Pick<MessageTemplate, 'texts'> => ({
  texts: { nl: { subject, html, ...(text !== undefined ? { text } : {}) } },
});

const data = {
  Item: {
    Subject: 'Ruud & Zn <Bakker> "quotes" \'single\' `tick` =',
    Number: 42,
    Amount: new FieldValue(1234.5, '1.234,50'),
    Due: new FieldValue('2026-11-27', '27 november 2026'),
    Empty: '',
    Nothing: null,
    Yes: true,
    List: ['a', 'b'],
    Nested: { Deep: { Deeper: '<b>diep</b>' } },
  },
  Recipient: { Name: 'Anna' },
};

const sources = [
  'Beste {{Recipient.Name}}, {{Item.Subject}} ({{Item.Number}})',
  '{{{Item.Subject}}} / {{Item.Subject}}',
  '{{Item.Amount}} op {{Item.Due}} — {{Item.Yes}} {{Item.Empty}}{{Item.Nothing}}{{Item.Missing}}{{Nobody.Here}}',
  '{{Item.List}} {{Item.List.[1]}} {{Item.Nested.Deep.Deeper}} {{Item.Subject.length}}',
  '{{Item.constructor}}{{Item.__proto__}}{{Item.toString}}{{constructor.name}}',
  '  spaces   and\ttabs  {{!-- a comment --}}{{! another }} \\{{Item.Subject}} ~ {{~Item.Number~}}  x',
  '',
];

describe('plain templates (text and fields only) render exactly as through Handlebars', () => {
  for (const source of sources) {
    it(`renders ${JSON.stringify(source.slice(0, 40))} the same in every part`, () => {
      const fast = renderTemplate(tpl(source, `<p>${source}</p>`, source), 'nl', data, knownFields());
      const slow = renderTemplate(
        tpl(throughHandlebars(source), `<p>${throughHandlebars(source)}</p>`, throughHandlebars(source)),
        'nl',
        data,
        knownFields(),
      );
      expect(fast.problems.filter((p) => p.kind === 'compile')).toEqual([]);
      expect(fast).toEqual(slow);
      const derived = renderTemplate(tpl(source, `<p>${source}</p>`), 'nl', data, null);
      expect(derived.text).toBe(
        renderTemplate(tpl(source, `<p>${throughHandlebars(source)}</p>`), 'nl', data, null).text,
      );
    });
  }

  it('takes the fast way for each of these, and Handlebars for a block or a helper', () => {
    const isHelper = (name: string) => ['actions', 'formatDate'].includes(name);
    const plain = (source: string) => plainPieces(Handlebars.parse(source) as never, true, isHelper);
    for (const source of sources) expect(plain(source), source).not.toBeNull();
    for (const source of sources) expect(plain(throughHandlebars(source)), source).toBeNull();
    expect(plain('{{actions}}')).toBeNull();
    expect(plain('{{formatDate Item.Due}}')).toBeNull();
    expect(plain('{{this}}')).toBeNull();
    expect(plain('{{../Item}}')).toBeNull();
    expect(plain('{{@root.Item}}')).toBeNull();
  });

  it('stops at the output limit like Handlebars does, with the same problem', () => {
    const big = { Item: { Huge: 'x'.repeat(600_000) } };
    const fast = renderTemplate(tpl('', '{{Item.Huge}}{{Item.Huge}}'), 'nl', big, null);
    const slow = renderTemplate(tpl('', throughHandlebars('{{Item.Huge}}{{Item.Huge}}')), 'nl', big, null);
    expect(fast.problems).toEqual([expect.objectContaining({ kind: 'limit', limit: 'output', part: 'html' })]);
    expect(fast.problems).toEqual(slow.problems);
    expect(fast.html).toBe('');
  });
});
