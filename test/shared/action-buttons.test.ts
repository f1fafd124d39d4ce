import { describe, expect, it } from 'vitest';
import { knownFields, renderTemplate } from '@shared/messages';
import type { MessageTemplate } from '@shared/model';

const tpl = (subject: string, html: string, text?: string): Pick<MessageTemplate, 'texts'> => ({
  texts: { nl: { subject, html, ...(text !== undefined ? { text } : {}) } },
});
const data = { Item: { Subject: 'Declaratie' } };
const actions = [
  { label: 'Goedkeuren', url: 'https://kantoor.example:8443/act/abc.def' },
  { label: 'Afkeuren & "terug" <nu>', url: 'https://kantoor.example:8443/act/x"y' },
];

describe('{{actions}} in a task mail', () => {
  it('writes a button per action in HTML, escaping labels and addresses', () => {
    const r = renderTemplate(tpl('Taak {{Item.Subject}}', '<p>Graag:</p>{{actions}}'), 'nl', data, knownFields(), {
      actions,
    });
    expect(r.problems).toEqual([]);
    expect(r.html).toContain('<a href="https://kantoor.example:8443/act/abc.def"');
    expect(r.html).toContain('>Goedkeuren</a>');
    expect(r.html).toContain('Afkeuren &amp; &quot;terug&quot; &lt;nu&gt;</a>');
    expect(r.html).toContain('href="https://kantoor.example:8443/act/x&quot;y"');
    expect(r.html).not.toContain('<nu>');
  });

  it('writes lines in a written text part, and the derived text part keeps each address', () => {
    const written = renderTemplate(tpl('Taak', '{{actions}}', 'Kies:\n{{actions}}'), 'nl', data, knownFields(), {
      actions,
    });
    expect(written.text).toBe(
      'Kies:\nGoedkeuren: https://kantoor.example:8443/act/abc.def\nAfkeuren & "terug" <nu>: https://kantoor.example:8443/act/x"y',
    );
    const derived = renderTemplate(tpl('Taak', '<p>Kies:</p>{{actions}}'), 'nl', data, knownFields(), { actions });
    expect(derived.text).toContain('Goedkeuren (https://kantoor.example:8443/act/abc.def)');
  });

  it('writes nothing in a subject, or where the message has no actions, and is no unknown field', () => {
    const subject = renderTemplate(tpl('Taak {{actions}}', '<p>x</p>'), 'nl', data, knownFields(), { actions });
    expect(subject.subject).toBe('Taak ');
    const none = renderTemplate(tpl('Taak', '<p>x</p>{{actions}}', 'x {{actions}}'), 'nl', data, knownFields());
    expect(none.html).toBe('<p>x</p>');
    expect(none.text).toBe('x ');
    expect(none.problems).toEqual([]);
  });

  it('refuses values: {{actions "x"}} says how it is written', () => {
    const r = renderTemplate(tpl('Taak', '{{actions "x"}}'), 'nl', data, knownFields(), { actions });
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'render', reason: 'arguments', helper: 'actions' })]);
  });
});
