import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressObject, ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../main/http/browser-host';
import { USED_LINKS_FILE } from '../../main/mail-actions/used-links';
import { simulate } from '../../main/engine/simulate';
import type { ItemRecord } from '@shared/model';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { fakeClock } from '../helpers/clock';
import { httpRequest } from '../helpers/http';
import type { TestSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { submitAndMail as submitTaskMail, taskMailWorkflow } from '../helpers/task-mail-workflow';

const tempDir = useTempDirs();
const apps = useTestApps();
type App = Awaited<ReturnType<typeof apps.open>>;

/** The app with a task whose mail carries {{actions}}, served by the real browser host, mailing a real SMTP server. */
async function setUp(options: { reactionRequired?: boolean; dir?: string; clock?: ReturnType<typeof fakeClock> } = {}) {
  const dir = options.dir ?? tempDir();
  const clock = options.clock ?? fakeClock();
  const app = await apps.open(dir, clock);
  const smtp = await sendThroughSmtp(app, apps.track);
  const rendererDir = tempDir('renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  const { dispatch, callers, apiTokens: tokens } = app.core;
  const apiV1 = { tokens, version: '0.0.0-test', refused: app.core.refused, idempotency: app.core.idempotency };
  const host = apps.track(
    await startBrowserHost({
      dispatch,
      callers,
      rendererDir,
      port: 0,
      log: () => undefined,
      apiV1,
      actionLinks: app.core.actionLinks,
    }),
  );
  return { app, smtp, host, clock, dir };
}

const taskWorkflow = taskMailWorkflow;

async function submitAndMail(app: App, smtp: TestSmtp, subject: string) {
  const { item, mail } = await submitTaskMail(app, smtp, subject);
  return { item, mail, links: linksOf(mail) };
}

/** The action links of a task mail, by label, as paths on the host. */
function linksOf(mail: ParsedMail): Record<string, string> {
  const found = [
    ...String(mail.html).matchAll(/<a href="(http:\/\/127\.0\.0\.1:\d+(\/act\/[^"]+))"[^>]*>([^<]+)<\/a>/g),
  ];
  return Object.fromEntries(found.map((m) => [m[3]!, m[2]!]));
}

const page = (port: number, path: string, method = 'GET', reaction?: string) =>
  httpRequest(port, path, {
    method,
    headers: {
      host: `127.0.0.1:${port}`,
      ...(reaction !== undefined
        ? { 'content-type': 'application/x-www-form-urlencoded', origin: `http://127.0.0.1:${port}` }
        : {}),
    },
    ...(reaction !== undefined ? { body: new URLSearchParams({ reaction }).toString() } : {}),
  });

/** The item as its submitter sees it (the approval type is confidential: only those involved see it). */
const read = (app: App, id: string) => app.as('user-eva').dispatch('items.get', { id }) as Promise<ItemRecord>;

describe('action links in task mails (issue 14)', () => {
  it('puts one signed link per action in the mail, as buttons and as lines of the text part', async () => {
    const { app, smtp, host } = await setUp();
    await taskWorkflow(app);
    const { mail, links } = await submitAndMail(app, smtp, 'Btw-aangifte Q3');
    expect((mail.to as AddressObject).text).toContain('bram@stroomlijn.example');
    expect(Object.keys(links)).toEqual(['Goedkeuren', 'Afkeuren']);
    for (const [label, path] of Object.entries(links)) {
      expect(mail.text).toContain(`${label} (http://127.0.0.1:${host.port}${path})`);
    }
  });

  it('shows the item, task and action on GET and changes nothing, however often a scanner opens it', async () => {
    const { app, smtp, host, dir } = await setUp();
    await taskWorkflow(app);
    const { item, links } = await submitAndMail(app, smtp, 'Loonaangifte november');
    const before = await read(app, item.id);
    for (const method of ['GET', 'HEAD', 'GET']) {
      const answer = await page(host.port, links.Goedkeuren!, method);
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    }
    const shown = await page(host.port, links.Goedkeuren!);
    expect(shown.text).toContain(before.number);
    expect(shown.text).toContain('Loonaangifte november');
    expect(shown.text).toContain('Beoordelen');
    expect(shown.text).toContain('Goedkeuren bevestigen');
    expect(shown.text).toContain('<form method="post">');
    expect(shown.text).not.toContain('<script');
    const after = await read(app, item.id);
    expect(after).toEqual(before);
    expect(() => readFileSync(join(dir, USED_LINKS_FILE), 'utf8')).not.toThrow();
    expect(readFileSync(join(dir, USED_LINKS_FILE), 'utf8')).toBe('');
  });

  it('acts once on POST, as the recipient and "by link", with the reaction; a second POST says used up', async () => {
    const { app, smtp, host } = await setUp();
    await taskWorkflow(app);
    const { item, links } = await submitAndMail(app, smtp, 'Btw-aangifte Q4');
    const done = await page(host.port, links.Goedkeuren!, 'POST', 'Gecontroleerd, akkoord');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Gelukt: Goedkeuren');
    await app.runtime.idle();
    const acted = await read(app, item.id);
    expect(acted.status).toBe('completed');
    const entry = acted.history.find((h) => h.kind === 'acted');
    expect(entry).toMatchObject({ nodeId: 'ok', userId: 'user-bram', via: { kind: 'link' } });
    expect(acted.reactions).toEqual([
      expect.objectContaining({ userId: 'user-bram', text: 'Gecontroleerd, akkoord', external: false }),
    ]);
    const again = await page(host.port, links.Goedkeuren!, 'POST', 'nog eens');
    expect(again.status).toBe(409);
    expect(again.text).toContain('al gebruikt');
    const other = await page(host.port, links.Afkeuren!, 'POST', 'toch niet');
    expect(other.status).toBe(409);
    expect(other.text).toContain('al verder');
    const final = await read(app, item.id);
    expect(final.history.filter((h) => h.kind === 'acted')).toHaveLength(1);
    expect(final.reactions).toHaveLength(1);
  });

  it('acts once when the same link is posted twice at the same moment', async () => {
    const { app, smtp, host } = await setUp();
    await taskWorkflow(app);
    const { item, links } = await submitAndMail(app, smtp, 'Dubbelklik');
    const answers = await Promise.all([1, 2, 3].map((n) => page(host.port, links.Afkeuren!, 'POST', `poging ${n}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    const final = await read(app, item.id);
    expect(final.history.filter((h) => h.kind === 'acted')).toHaveLength(1);
    expect(final.reactions).toHaveLength(1);
  });

  it('says a link has expired after 7 days (injected clock) and acts on nothing', async () => {
    const { app, smtp, host, clock } = await setUp();
    await taskWorkflow(app);
    const { item, links } = await submitAndMail(app, smtp, 'Te laat');
    clock.advance(7 * 86_400_000);
    const before = await read(app, item.id);
    const shown = await page(host.port, links.Goedkeuren!);
    expect(shown.status).toBe(410);
    expect(shown.text).toContain('verlopen');
    expect(shown.text).toContain(`<a href="/#/work/item/${item.id}">Stroomlijn openen</a>`);
    expect((await page(host.port, links.Goedkeuren!, 'POST', 'akkoord')).status).toBe(410);
    expect(await read(app, item.id)).toEqual(before);
  });

  it('refuses a changed or made-up link, and a link of a task that was given to someone else', async () => {
    const { app, smtp, host } = await setUp();
    await taskWorkflow(app);
    const { item, links } = await submitAndMail(app, smtp, 'Herverdeeld');
    const path = links.Goedkeuren!;
    const changed = `${path.slice(0, -1)}${path.endsWith('A') ? 'B' : 'A'}`;
    expect((await page(host.port, changed)).status).toBe(404);
    expect((await page(host.port, '/act/WyJ4Il0.abcdefghijklmnopqrstuv')).status).toBe(404);
    expect((await page(host.port, '/act/')).status).toBe(404);
    expect((await page(host.port, changed, 'POST', 'akkoord')).status).toBe(404);
    await app.dispatch('items.intervene', {
      type: 'reassign',
      itemId: item.id,
      taskNodeId: 't',
      userIds: ['user-chantal'],
    });
    const before = await read(app, item.id);
    const notYours = await page(host.port, path, 'POST', 'akkoord');
    expect(notYours.status).toBe(409);
    expect(notYours.text).toContain('niet meer voor jou');
    expect(await read(app, item.id)).toEqual(before);
  });

  it('asks for the reaction a task requires, acting only once it is given', async () => {
    const { app, smtp, host } = await setUp();
    await taskWorkflow(app, true);
    const { item, links } = await submitAndMail(app, smtp, 'Met reactie');
    expect((await page(host.port, links.Afkeuren!)).text).toContain('Deze taak vraagt een reactie.');
    const empty = await page(host.port, links.Afkeuren!, 'POST', '   ');
    expect(empty.status).toBe(422);
    expect((await read(app, item.id)).status).toBe('running');
    const done = await page(host.port, links.Afkeuren!, 'POST', 'Bedrag klopt niet');
    expect(done.status).toBe(200);
    await app.runtime.idle();
    expect((await read(app, item.id)).reactions.map((r) => r.text)).toEqual(['Bedrag klopt niet']);
  });

  it('remembers a used link across a restart', async () => {
    const dir = tempDir();
    const clock = fakeClock();
    const first = await setUp({ dir, clock });
    await taskWorkflow(first.app);
    const { links } = await submitAndMail(first.app, first.smtp, 'Na herstart');
    expect((await page(first.host.port, links.Goedkeuren!, 'POST', '')).status).toBe(200);
    await first.app.runtime.idle();
    await first.host.close();
    await apps.close(first.app);
    const second = await setUp({ dir, clock });
    const path = links.Goedkeuren!;
    const again = await page(second.host.port, path, 'POST', '');
    expect(again.status).toBe(409);
    expect(again.text).toContain('al gebruikt');
  });

  it('shows example buttons in the preview and in an example mail, never a link that acts', async () => {
    const { app, smtp } = await setUp();
    await taskWorkflow(app);
    const { item } = await submitAndMail(app, smtp, 'Voorbeeld');
    // Anna manages the workflow, so she may preview its confidential items.
    const asAnna = app.dispatch;
    const preview = (await asAnna('templates.previewSaved', {
      id: 'tpl-taak',
      itemId: item.id,
      addressee: { type: 'taskUsers' },
    })) as {
      renders: { nl: { html: string } };
    };
    expect(preview.renders.nl.html).toContain('href="#voorbeeld"');
    expect(preview.renders.nl.html).toContain('>Goedkeuren</a>');
    expect(preview.renders.nl.html).not.toContain('/act/');
    const sample = (await app.dispatch('templates.previewSaved', { id: 'tpl-beoordelen' })) as {
      renders: { de: { html: string } };
    };
    expect(sample.renders.de.html).toContain('>Genehmigen</a>');
    const template = app.store.data.templates.find((t) => t.id === 'tpl-taak')!;
    const before = smtp.received.length;
    await asAnna('templates.sendExample', {
      template,
      language: 'nl',
      itemId: item.id,
      addressee: { type: 'taskUsers' },
    });
    await app.outbox.drain();
    const example = smtp.received.slice(before);
    expect(example).toHaveLength(1);
    expect(String(example[0]!.html)).toContain('>Goedkeuren</a>');
    expect(String(example[0]!.html)).not.toContain('/act/');
    expect(example[0]!.text).not.toContain('/act/');
  });

  it('simulates a task mail with example buttons: a simulation never asks for a signed link', async () => {
    const { app } = await setUp();
    await taskWorkflow(app);
    const wf = app.store.data.workflows.find((w) => w.name === 'Beoordelen per mail')!;
    const signing = {
      db: app.store.data,
      recordOf: () => undefined,
      taskMail: () => {
        throw new Error('a simulation signed an action link');
      },
    };
    const item = {
      kind: 'sample' as const,
      itemTypeId: 'type-accordering',
      subject: 'Simulatie',
      fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst', klant: 'Bakkerij de Korenaar' },
      submitterUserId: 'user-eva',
    };
    const result = await simulate(
      signing,
      { workflowId: wf.id, graph: wf.draft, startAt: '2026-11-23T09:00:00.000Z', item, events: [] },
      () => {
        throw new Error('no existing item');
      },
    );
    const taskMails = result.steps.flatMap((s) => s.messages).filter((m) => m.templateId === 'tpl-taak');
    expect(taskMails.flatMap((m) => m.mails.map((mail) => mail.to.name))).toEqual(['Bram Jansen']);
  });

  it('takes the links’ validity from Settings, refusing a validity that is no whole number of 1 to 90 days', async () => {
    const { app, smtp, host, clock } = await setUp();
    await taskWorkflow(app);
    for (const days of [0, 91, 2.5]) {
      await expect(app.dispatch('settings.update', { actionLinkDays: days })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(app.store.data.settings.actionLinkDays).toBe(7);
    await app.dispatch('settings.update', { actionLinkDays: 2 });
    const { links } = await submitAndMail(app, smtp, 'Twee dagen');
    clock.advance(2 * 86_400_000 - 1);
    expect((await page(host.port, links.Goedkeuren!)).status).toBe(200);
    clock.advance(1);
    expect((await page(host.port, links.Goedkeuren!)).status).toBe(410);
  });
});
