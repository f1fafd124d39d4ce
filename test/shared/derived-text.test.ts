import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { derivedText } from '@shared/messages/derived-text';
import { htmlToText } from '@shared/messages/html-text';
import { plainPieces, plainTemplate } from '@shared/messages/plain-template';
import { FieldValue, renderTemplate, type MessageData } from '@shared/messages';
import { Rng } from '../helpers/random-workflow';

const FIELDS = ['Item.Subject', 'Item.Note', 'Recipient.Name', 'Task.Title', 'Organisation.City'];

/** Bits of HTML a template is made of: blocks, breaks, lists, entities, white space, tags with fields in them. */
const bits = (r: Rng, field: () => string): string =>
  r.pick([
    () => '<p>',
    () => '</p>',
    () => '<div class="x">',
    () => '</div>',
    () => '<br>',
    () => '<br/>',
    () => '<ul><li>',
    () => '</li><li>',
    () => '</li></ul>',
    () => '<h2>',
    () => '</h2>',
    () => '<strong>',
    () => '</strong>',
    () => ' ',
    () => '  ',
    () => '\t',
    () => '\n',
    () => '\n\n\n',
    () => ' \n ',
    () => '&nbsp;',
    () => '&amp;',
    () => '&lt;',
    () => '&#39;',
    () => '&#x27;',
    () => '&euro;',
    () => ';',
    () => 'Beste',
    () => 'klant,',
    () => '—',
    () => `<span title="${field()}">`,
    () => `<img alt="${field()}" src="x.png">`,
    () => '</span>',
    () => field(),
    () => field(),
    () => field(),
  ])();

/** Values as people type them: empty, padded, with runs of spaces, tabs, line breaks, markup and entities. */
const value = (r: Rng): unknown =>
  r.pick<() => unknown>([
    () => '',
    () => undefined,
    () => null,
    () => 'Piet',
    () => 'Klant 5',
    () => ' Klant 5 ',
    () => 'a  b',
    () => 'a\tb',
    () => 'regel 1\nregel 2',
    () => '\n',
    () => '   ',
    () => '<b>vet</b> & "zo"',
    () => '&amp; &lt;p&gt;',
    () => "l'été = `x`",
    () => 'amp;',
    () => '#39;',
    () => 12.5,
    () => 0,
    () => new FieldValue('2026-12-01', '1 december 2026'),
    () => new FieldValue(3, ' drie  '),
  ])();

function randomCase(seed: number): { html: string; data: MessageData } {
  const r = new Rng(seed);
  const field = () => `{{${r.pick(FIELDS)}}}`;
  const html = Array.from({ length: r.int(1, 25) }, () => bits(r, field)).join('');
  const data: MessageData = {};
  for (const path of FIELDS) {
    const [collection, key] = path.split('.') as [string, string];
    if (r.chance(0.9)) (data[collection] ??= {})[key] = value(r);
  }
  return { html, data };
}

const isHelper = () => false;
const piecesOf = (html: string) => plainPieces(Handlebars.parse(html) as never, true, isHelper)!;
/** The derived text of `html` with `data`: from the values its HTML runner looks up, as renderTemplate does. */
const derivedWith = (html: string, data: unknown): string | null | undefined => {
  const pieces = piecesOf(html);
  const values: unknown[] = [];
  plainTemplate(pieces)(data, values);
  return derivedText(pieces)?.(values);
};

describe('the text part worked out from the HTML template', () => {
  it('is what htmlToText makes of the rendered HTML, for 3,000 random templates and values', () => {
    let derived = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const { html, data } = randomCase(seed);
      const rendered = renderTemplate({ texts: { nl: { subject: '', html } } }, 'nl', data, null);
      expect(rendered.text, `seed ${seed}: ${JSON.stringify(html)} with ${JSON.stringify(data)}`).toBe(
        htmlToText(rendered.html),
      );
      if (derivedWith(html, data) != null) derived += 1;
    }
    // Most of them went the new way (the others have a field that could complete an entity).
    expect(derived).toBeGreaterThan(2000);
  });

  it('is not worked out for links, <pre>, styles, raw HTML or a field that could complete an entity', () => {
    for (const html of [
      '<a href="{{Item.Url}}">hier</a>',
      '<pre>{{Item.Note}}</pre>',
      '<style>p{}</style>{{Item.Note}}',
      '{{{Item.Note}}}',
      '&{{Item.Note}};',
      '&#{{Item.Note}}',
      '\ue000{{Item.Note}}',
    ]) {
      expect(derivedText(piecesOf(html)), html).toBeNull();
    }
  });

  it('falls back to the rendered HTML for a value that brings its own HTML', () => {
    const data = {
      Item: { Note: new Handlebars.SafeString('<a href="https://example.nl">site</a>') },
    } as unknown as MessageData;
    expect(derivedWith('<p>{{Item.Note}}</p>', data)).toBeNull();
    expect(
      renderTemplate({ texts: { nl: { subject: '', html: '<p>{{Item.Note}}</p>' } } }, 'nl', data, null).text,
    ).toBe('site (https://example.nl)');
  });
});
