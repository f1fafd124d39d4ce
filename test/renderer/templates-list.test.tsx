import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MessageTemplate } from '@shared/model';
import { openTestApp } from '../helpers/app';
import { useTempDirs } from '../helpers/temp-dir';
import { renderApp } from './render-app';

const tempDir = useTempDirs();

describe('Templates: the list', () => {
  it('names only the languages a template has text in, and marks the empty ones in the editor', async () => {
    const dataDir = tempDir();
    const first = await openTestApp(dataDir);
    // As the editor saves a new template written in Dutch and German only: English left empty.
    const texts = {
      nl: { subject: 'Je aanvraag is binnen', html: '<p>We nemen binnen twee werkdagen contact op.</p>' },
      en: { subject: '', html: '' },
      de: { subject: 'Ihre Anfrage ist eingegangen', html: '<p>Wir melden uns innerhalb von zwei Werktagen.</p>' },
    };
    const entry = { name: 'Ontvangstbevestiging aanvraag', channel: 'email', texts };
    const saved = (await first.dispatch('templates.save', { template: entry })) as MessageTemplate;
    await first.close();

    await renderApp(dataDir, `#/templates/${saved.id}`);
    const list = await screen.findByRole('navigation', { name: 'Sjablonen' });
    const link = within(list).getByText('Ontvangstbevestiging aanvraag').closest('a')!;
    expect(link.querySelector('small')!.textContent).toBe('E-mail · NL DE');
    const tab = (name: RegExp) => screen.getByRole('tab', { name });
    expect((await screen.findByRole('tab', { name: /^English/ })).querySelector('.count-error')).not.toBeNull();
    expect(tab(/^Nederlands/).querySelector('.count-error')).toBeNull();
    expect(tab(/^Deutsch/).querySelector('.count-error')).toBeNull();
  });
});
