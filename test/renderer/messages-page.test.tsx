import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MessageTemplate } from '@shared/model';
import { openTestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { planMailToContacts } from '../helpers/consent-schedule';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { renderApp } from './render-app';

const tempDir = useTempDirs();
const apps = useTestApps();
const welcome = {
  name: 'Welkom nieuwe klant',
  channel: 'email',
  texts: { nl: { subject: 'Welkom bij Hoekstra Advies', html: '<p>Fijn dat je er bent.</p>' } },
};

describe('Messages: the capture mailbox and the history', () => {
  it('stops saying no SMTP server is set once one is, and each row opens from a focusable button', async () => {
    const dataDir = tempDir();
    const first = await openTestApp(dataDir);
    const template = (await first.dispatch('templates.save', { template: welcome })) as MessageTemplate;
    await first.dispatch('templates.sendExample', { template, language: 'nl' });
    await first.outbox.drain();
    await first.close();

    const { core } = await renderApp(dataDir, '#/messages/capture');
    expect(await screen.findByText(/^Er is geen SMTP-server ingesteld/)).toBeTruthy();
    await sendThroughSmtp(core, apps.track);
    // Looking again (the history, then the capture mailbox) asks the outbox how it sends now.
    fireEvent.click(screen.getByRole('tab', { name: 'Verwerkingshistorie' }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Opvangmailbox' }));
    expect(await screen.findByText(/^Er is nu een SMTP-server ingesteld/)).toBeTruthy();
    expect(screen.queryByText(/^Er is geen SMTP-server ingesteld/)).toBeNull();

    const open = screen.getByRole('button', { name: 'Welkom bij Hoekstra Advies' });
    open.focus();
    expect(document.activeElement).toBe(open);
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    const detail = await screen.findByRole('article', { name: 'Welkom bij Hoekstra Advies' });
    expect(within(detail).getByText('Fijn dat je er bent.')).toBeTruthy();
    // Kept in the capture mailbox, it had no server to answer: no "Antwoord server: captured" in Dutch.
    expect(within(detail).queryByText('Antwoord server')).toBeNull();
    expect(within(detail).queryByText('captured')).toBeNull();
    expect(open.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('Messages → Scheduled', () => {
  it('says "no consent" for a contact with an address who did not consent, the address for one who did', async () => {
    const dataDir = tempDir();
    const clock = fakeClock();
    const first = await openTestApp(dataDir, clock);
    await planMailToContacts(first.dispatch, clock.now());
    await first.close();

    await renderApp(dataDir, '#/messages/scheduled');
    expect(await screen.findByText('Joris van Wijk — geen toestemming voor e-mail')).toBeTruthy();
    expect(screen.getByText('Marieke Brouwer <marieke@brouwer-zorg.example>')).toBeTruthy();
    expect(screen.queryByText('Joris van Wijk — geen adres')).toBeNull();
  });
});
