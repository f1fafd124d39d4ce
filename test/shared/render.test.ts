import { describe, expect, it } from 'vitest';
import { htmlToText, knownFields, renderTemplate } from '@shared/messages';
import type { MessageTemplate } from '@shared/model';

const tpl = (subject: string, html: string, text?: string): Pick<MessageTemplate, 'texts'> => ({
  texts: { nl: { subject, html, ...(text ? { text } : {}) } },
});
const known = knownFields();
const data = {
  Item: { Subject: 'Adreswijziging', Status: 'open', SubmittedAt: '2026-11-23T09:00:00Z' },
  Recipient: { Name: 'Anna de Vries', Email: 'anna@x.example' },
  Project: { Name: 'Werkplaats Becker', Amount: 1234.5 },
  Task: { Title: 'Beoordelen', LastReaction: '', LastExternalReaction: 'Graag aanvullen' },
};

describe('renderTemplate', () => {
  it('renders subject, HTML and a derived text part', () => {
    const r = renderTemplate(
      tpl(
        'Mutatie {{Item.Subject}}',
        '<p>Beste {{Recipient.Name}},</p><p>Deal <a href="https://x.example/d">{{Project.Name}}</a></p>',
      ),
      'nl',
      data,
      known,
    );
    expect(r).toEqual({
      subject: 'Mutatie Adreswijziging',
      html: '<p>Beste Anna de Vries,</p><p>Deal <a href="https://x.example/d">Werkplaats Becker</a></p>',
      text: 'Beste Anna de Vries,\nDeal Werkplaats Becker (https://x.example/d)',
      problems: [],
    });
  });

  it('formats dates and numbers per language, and has default and eq', () => {
    const source =
      '{{formatDate Item.SubmittedAt "long"}}|{{formatNumber Project.Amount 2}}|{{default Task.LastReaction "geen"}}|{{#if (eq Item.Status "open")}}open{{/if}}';
    expect(
      renderTemplate(
        { texts: { nl: { subject: '', html: source }, de: { subject: '', html: source } } },
        'nl',
        data,
        known,
      ).html,
    ).toBe('23 november 2026|1.234,50|geen|open');
    expect(renderTemplate({ texts: { de: { subject: '', html: source } } }, 'de', data, known).html).toBe(
      '23. November 2026|1.234,50|geen|open',
    );
  });

  it('reports unknown and empty fields instead of throwing', () => {
    const r = renderTemplate(tpl('{{Item.Onderwerp}}', '{{Task.LastReaction}} {{Recipient.Name}}'), 'nl', data, known);
    expect(r.problems).toEqual([
      { kind: 'unknownField', part: 'subject', field: 'Item.Onderwerp', message: 'unknown field Item.Onderwerp' },
      { kind: 'emptyField', part: 'html', field: 'Task.LastReaction', message: 'Task.LastReaction is empty' },
    ]);
  });

  it('reports a template that does not compile with its line and column', () => {
    const r = renderTemplate(tpl('ok', 'Beste {{Recipient.Name}},\n{{#if Item.Status}} open'), 'nl', data, known);
    expect(r.html).toBe('');
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'compile', part: 'html', line: 2, column: 25 })]);
    const r2 = renderTemplate(tpl('{{Item.Subject', ''), 'nl', data, known);
    expect(r2.problems[0]).toMatchObject({ kind: 'compile', part: 'subject', line: 1 });
  });

  it('says when the language is missing', () => {
    expect(renderTemplate(tpl('a', 'b'), 'de', data, known).problems).toEqual([
      { kind: 'missingLanguage', message: 'no text in de' },
    ]);
  });

  it('escapes values in the HTML part, and denies prototype tricks', () => {
    const hostile = { Item: { Subject: '<script>alert(1)</script>', Status: '<img src=x onerror="alert(1)">' } };
    const r = renderTemplate(
      tpl(
        '{{Item.Subject}}',
        '<p>{{Item.Subject}} {{Item.Status}}</p>{{constructor.constructor}}{{#with Item}}{{__proto__.constructor.name}}{{/with}}',
      ),
      'nl',
      hostile,
      null,
    );
    expect(r.html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src&#x3D;x onerror&#x3D;&quot;alert(1)&quot;&gt;</p>',
    );
    expect(r.html).not.toContain('function');
  });

  it('keeps subject and text plain: "café & crème <b>" as written, the subject one line without controls', () => {
    const data = { Item: { Subject: 'café & crème <b>', Status: 'a\r\nBcc: x@evil.example\u0000\u0007' } };
    const template = tpl('Over {{Item.Subject}} {{Item.Status}}', '<p>{{Item.Subject}}</p>', 'Over {{Item.Subject}}');
    const r = renderTemplate(template, 'nl', data, null);
    expect(r.subject).toBe('Over café & crème <b> a Bcc: x@evil.example');
    expect(r.text).toBe('Over café & crème <b>');
    expect(r.html).toBe('<p>café &amp; crème &lt;b&gt;</p>');
    // The derived text part reads the escaped HTML back as the text it stands for.
    expect(renderTemplate(tpl('x', '<p>{{Item.Subject}}</p>'), 'nl', data, null).text).toBe('café & crème <b>');
  });

  it('caches compiled templates by content', () => {
    const t = tpl('x', '{{Recipient.Name}}');
    const started = Date.now();
    for (let i = 0; i < 5000; i++) renderTemplate(t, 'nl', data, known);
    expect(renderTemplate(t, 'nl', data, known).html).toBe('Anna de Vries');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('htmlToText', () => {
  it('keeps blocks on lines, lists as bullets, and decodes entities', () => {
    expect(htmlToText('<h1>Titel</h1><ul><li>een</li><li>twee &amp; drie</li></ul><p>Groet,<br>Anna</p>')).toBe(
      'Titel\n\n• een\n• twee & drie\nGroet,\nAnna',
    );
  });
});
