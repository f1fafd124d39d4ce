import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from './host/electron-runtime';
import { parseHostOptions, usage } from './host/options';
import { runBrowserHost } from './host/run-browser-host';
import { createAdmin, readAdminCredentials } from './host/create-admin';
import { createApp } from './app';

// `npm start`: the desktop app where Electron's runtime is installed, else the browser host.
const here = fileURLToPath(import.meta.url);
const appRoot = resolve(dirname(here), '..', '..');
const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2));
  if (options.help) {
    print(usage);
    return;
  }
  const { version } = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };
  const resourcesDir = join(appRoot, 'resources');
  if (options.createAdmin) {
    // Checked before the data folder is opened; then the folder is set up and the app starts as usual.
    const credentials = readAdminCredentials(options.createAdmin);
    const app = await createApp({
      dataDir: options.dataDir,
      resourcesDir,
      host: 'browser',
      version,
      backgroundTimers: false,
    });
    try {
      await createAdmin(app, credentials, print);
    } finally {
      await app.close();
    }
  }
  const electron = options.browser ? null : findElectronRuntime(here);
  if (electron) {
    const office = (options.officeAddresses ?? []).flatMap((address) => ['--office-address', address]);
    const args = [appRoot, '--data-dir', options.dataDir, '--api-port', String(options.apiPort), ...office];
    const child = spawn(electron, args, { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  const fetchHint = '(`npm run electron:install` fetches it)';
  if (!options.browser)
    print(`The Electron runtime is not installed here ${fetchHint}, so Stroomlijn is served to your browser instead.`);
  await runBrowserHost(options, { rendererDir: join(appRoot, 'dist', 'renderer'), resourcesDir, version }, print);
}

main().catch((error: unknown) => {
  process.stderr.write(`Stroomlijn could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
