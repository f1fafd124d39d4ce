import { afterEach, describe, expect, it } from 'vitest';
import type { CsvPreview } from '@shared/api/directory-csv-contract';
import { type BpmnExport, PlatformVersions } from '@shared/bpmn/platform';
import type { CalendarDay, OfficeCalendarView } from '@shared/model/office-calendar';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { rpc } from '../helpers/http';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';

// A start loads neither date-holidays, nodemailer, papaparse nor the BPMN libraries (issue 17, first page served):
// the built host loads each on first use. These are the first uses, in a fresh process of the built host.
const tempDir = useTempDirs();
const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});
const track = (host: HostProcess) => (running.push({ close: () => host.stop() }), host);
const smtpServer = async (): Promise<TestSmtp> => {
  const smtp = await startSmtp();
  running.push(smtp);
  return smtp;
};

/** A morning start: the data folder was installed by an earlier process, so nothing has run in this one. */
async function morningStart(env: Record<string, string> = {}): Promise<HostProcess> {
  const dataDir = tempDir();
  await (await startHostProcess(dataDir)).stop();
  return track(await startHostProcess(dataDir, [], env));
}

const call = async (host: HostProcess, method: string, input: unknown) => {
  const reply = await rpc(host.port, host.token, method, input);
  expect(reply.status, `${method}: ${reply.text}`).toBe(200);
  return (reply.json() as { value: unknown }).value;
};

describe('what the start leaves for its first use', () => {
  it('the office calendar knows the public holidays at the first call after a start', async () => {
    const host = await morningStart();
    const holidays = (await call(host, 'officeCalendar.holidays', { country: 'NL' })) as CalendarDay[];
    // Christmas falls within the coming 366 days whatever today is; 25 December is a public holiday in the Netherlands.
    expect(holidays.some((d) => d.kind === 'holiday' && d.date.endsWith('-12-25'))).toBe(true);
    const view = (await call(host, 'officeCalendar.get', {})) as OfficeCalendarView;
    expect(view.coming.some((d) => d.kind === 'holiday')).toBe(true);
  });

  it('the first BPMN export and import after a start read and write BPMN', async () => {
    const host = await morningStart();
    const [workflow] = (await call(host, 'workflows.list', {})) as { id: string }[];
    const input = { id: workflow!.id, platformVersion: PlatformVersions[PlatformVersions.length - 1] };
    const exported = (await call(host, 'workflows.exportBpmn', input)) as BpmnExport;
    expect(exported.xml).toContain('<bpmn:definitions');
    const imported = (await call(host, 'workflows.importBpmn', { xml: exported.xml })) as { id: string };
    expect(imported.id).not.toBe(workflow!.id);
  });

  it('the first CSV read after a start splits its cells (quoted ones too) and guesses the delimiter', async () => {
    const host = await morningStart();
    const csv = 'naam;e-mail;opmerking\nKlant A;a@klant.example;"met ; erin"\n';
    const preview = (await call(host, 'directory.previewCsv', { kind: 'contacts', csv })) as CsvPreview;
    expect(preview).toMatchObject({ delimiter: ';', headers: ['naam', 'e-mail', 'opmerking'], rows: 1 });
  });

  it('the first send after a start goes out through a real SMTP server', async () => {
    const smtp = await smtpServer();
    const host = await morningStart({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const template = {
      name: 'Welkom',
      channel: 'email',
      texts: { nl: { subject: 'Eerste post', html: '<p>Hallo</p>' } },
    };
    const saved = await call(host, 'templates.save', { template });
    await call(host, 'templates.sendExample', { template: saved, language: 'nl' });
    await expect.poll(() => smtp.received.map((m) => m.subject)).toEqual(['Eerste post']);
  });

  it('the first SMTP check after a start reaches a real SMTP server', async () => {
    const smtp = await smtpServer();
    const host = await morningStart();
    const smtpSettings = { host: '127.0.0.1', port: smtp.port, secure: false };
    expect(await call(host, 'mail.testConnection', { smtp: smtpSettings })).toEqual({ ok: true });
  });
});
