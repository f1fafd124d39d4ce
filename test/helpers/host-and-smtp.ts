import { afterEach } from 'vitest';
import { type HostProcess, startHostProcess } from './host-process';
import { startSmtp, type TestSmtp } from './smtp';

/** For crash tests: start app processes against one real SMTP server; both are stopped after each test. */
export function useHostsAndSmtp() {
  const hosts: HostProcess[] = [];
  let smtp: TestSmtp | null = null;
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((h) => h.stop()));
    await smtp?.close();
    smtp = null;
  });
  return {
    async smtp(): Promise<TestSmtp> {
      smtp = await startSmtp();
      return smtp;
    },
    async host(dataDir: string): Promise<HostProcess> {
      if (!smtp) throw new Error('start the SMTP server first');
      const host = await startHostProcess(dataDir, [], { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
      hosts.push(host);
      return host;
    },
  };
}
