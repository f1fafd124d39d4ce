import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface HostOptions {
  port: number;
  dataDir: string;
  /** Serve in the browser even where Electron is installed. */
  browser: boolean;
  help: boolean;
}

export const DEFAULT_PORT = 4780;

export const usage = `Usage: npm start -- [options]

  --port N          port of the browser host on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --data-dir PATH   folder of the database (default: STROOMLIJN_DATA_DIR, else the per-user app data folder)
  --browser         serve the app in the browser even where Electron is installed
  --help            show this text`;

/** The folder Electron calls userData, so both hosts open the same data by default. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Stroomlijn');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Stroomlijn');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Stroomlijn');
}

/** Read the command line; throws an Error whose message is fit to print. */
export function parseHostOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): HostOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      browser: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  const dataDir = values['data-dir'] ?? env.STROOMLIJN_DATA_DIR ?? defaultDataDir(env);
  if (dataDir.trim() === '') throw new Error('--data-dir must name a folder');
  return { port, dataDir, browser: values.browser ?? false, help: values.help ?? false };
}
