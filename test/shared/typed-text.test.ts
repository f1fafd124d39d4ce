import { describe, expect, it } from 'vitest';
import { typedTextToHtml } from '@shared/messages/typed-text';

describe('typed text as HTML', () => {
  it('makes paragraphs of blank lines and keeps line breaks', () => {
    expect(typedTextToHtml('Beste Anna,\r\n\r\nDe cijfers:\nklopt.\n\n\n Groet ')).toBe(
      '<p>Beste Anna,</p><p>De cijfers:<br>klopt.</p><p>Groet</p>',
    );
  });

  it('shows typed markup as typed and leaves merge fields to Handlebars', () => {
    expect(typedTextToHtml(`<b>"Ruud" & Zn</b> {{Recipient.Name}} {{{Item.Payload}}} 'x'`)).toBe(
      '<p>&lt;b&gt;&quot;Ruud&quot; &amp; Zn&lt;/b&gt; {{Recipient.Name}} {{{Item.Payload}}} &#39;x&#39;</p>',
    );
  });

  it('makes nothing of nothing', () => {
    expect(typedTextToHtml('  \n\n ')).toBe('');
  });
});
