import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/model/audit';
import { JobTypes } from '@shared/bpmn/jobs';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();

const cluster = {
  restAddress: 'https://camunda.kantoor.lan:8080',
  tokenUrl: 'https://sso.kantoor.lan/realms/camunda-platform/protocol/openid-connect/token',
  clientId: 'stroomlijn-worker',
  clientSecret: 'z33r-geheim',
  jobTypes: [JobTypes.sendMessage, JobTypes.callWebhook],
};

describe('Settings → Camunda: the cluster worker mode serves (issue 15 part 3)', () => {
  it('an administrator saves it; answers never carry the client secret, which stays when saved again without one', async () => {
    const app = await apps.open(tempDir());
    await expect(app.dispatch('camunda.settings', {})).resolves.toEqual({});
    const saved = await app.dispatch('camunda.saveSettings', { camunda: cluster });
    const { clientSecret: _secret, ...shown } = cluster;
    expect(saved).toEqual({ camunda: { ...shown, hasSecret: true } });
    expect(app.store.data.settings.camunda?.clientSecret).toBe('z33r-geheim');
    // Saved again without a secret (the form never has it): the kept one stays.
    await app.dispatch('camunda.saveSettings', { camunda: { ...shown, jobTypes: [JobTypes.sendMessage] } });
    expect(app.store.data.settings.camunda).toEqual({ ...cluster, jobTypes: [JobTypes.sendMessage] });
    const answers = JSON.stringify([
      await app.dispatch('camunda.settings', {}),
      await app.dispatch('settings.get', {}),
    ]);
    expect(answers).not.toContain('z33r-geheim');
    const audit = ((await app.dispatch('audit.list', {})) as { entries: AuditEntry[] }).entries;
    expect(audit.filter((e) => e.details?.subject === 'camunda').map((e) => [e.action, e.details])).toEqual([
      [
        'settingsChanged',
        { subject: 'camunda', camunda: 'https://camunda.kantoor.lan:8080 (stroomlijn-worker) stroomlijn.send-message' },
      ],
      [
        'settingsChanged',
        {
          subject: 'camunda',
          camunda:
            'https://camunda.kantoor.lan:8080 (stroomlijn-worker) stroomlijn.send-message, stroomlijn.call-webhook',
        },
      ],
    ]);
    // Turned off: nothing kept.
    await expect(app.dispatch('camunda.saveSettings', { camunda: null })).resolves.toEqual({});
    expect(app.store.data.settings.camunda).toBeUndefined();
  });

  it('refuses someone who is not an administrator, and bad input, with nothing changed', async () => {
    const app = await apps.open(tempDir());
    await app.dispatch('camunda.saveSettings', { camunda: cluster });
    const before = structuredClone(app.store.data.settings.camunda);
    await expect(app.as('user-bram').dispatch('camunda.settings', {})).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.as('user-bram').dispatch('camunda.saveSettings', { camunda: null })).rejects.toMatchObject({
      code: 'forbidden',
    });
    for (const bad of [
      { ...cluster, restAddress: 'ftp://camunda.kantoor.lan' },
      { ...cluster, restAddress: 'https://user:pw@camunda.kantoor.lan' },
      { ...cluster, jobTypes: [] },
      { ...cluster, jobTypes: ['io.camunda:http-json:1'] },
      { ...cluster, jobTypes: [JobTypes.checkReaction] },
    ]) {
      await expect(app.dispatch('camunda.saveSettings', { camunda: bad })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(app.store.data.settings.camunda).toEqual(before);
  });
});
