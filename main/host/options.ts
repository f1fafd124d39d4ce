import { homedir } from 'node:os';
import { join } from 'node:path';
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';

export interface HostOptions {
  port: number;
  /** Port of the API v1 in the desktop app; the browser host serves it on `port`. */
  apiPort: number;
  dataDir: string;
  /** Serve in the browser even where Electron is installed. */
  browser: boolean;
  /** Where the office network listens when it is switched on (absent: every address of this computer). */
  officeAddresses?: string[];
  help: boolean;
  /** A scripted install: make the first administrator (and an API token) on a data folder without accounts. */
  createAdmin?: CreateAdminOptions;
}

export interface CreateAdminOptions {
  login: string;
  /** A file holding the password (one line). */
  passwordFile: string;
  /** Where to write an integration token with scope admin (only there: never printed). */
  tokenFile?: string;
}

export const DEFAULT_PORT = 4780;
export const DEFAULT_API_PORT = 4720;

export const usage = `Usage: npm start -- [options]

  --port N          port of the browser host on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --api-port N      port of the external API v1 in the desktop app (default ${DEFAULT_API_PORT}; the browser host serves it on --port)
  --data-dir PATH   folder of the database (default: STROOMLIJN_DATA_DIR, else the per-user app data folder)
  --browser         serve the app in the browser even where Electron is installed
  --office-address IP  listen for the office network (Settings) on this address only; repeat for more
  --create-admin LOGIN --password-file PATH [--token-file PATH]
                    on a data folder without accounts: make the first administrator (password read from the
                    file) and, with --token-file, an API token with scope admin written only to that file; then start
  --help            show this text`;

/** The folder Electron calls userData, so both hosts open the same data by default. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = homedir(),
): string {
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
      'api-port': { type: 'string' },
      'data-dir': { type: 'string' },
      browser: { type: 'boolean', default: false },
      'office-address': { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
      'create-admin': { type: 'string' },
      'password-file': { type: 'string' },
      'token-file': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portOf = (flag: string, value: string | undefined, fallback: number) => {
    const port = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--${flag} must be a whole number from 0 to 65535, not "${value}"`);
    return port;
  };
  const port = portOf('port', values.port, DEFAULT_PORT);
  const apiPort = portOf('api-port', values['api-port'], DEFAULT_API_PORT);
  const dataDir = values['data-dir'] ?? env.STROOMLIJN_DATA_DIR ?? defaultDataDir(env);
  if (dataDir.trim() === '') throw new Error('--data-dir must name a folder');
  const createAdmin = createAdminOf(values['create-admin'], values['password-file'], values['token-file']);
  const officeAddresses = values['office-address'];
  const notAnAddress = officeAddresses?.find((address) => isIP(address) === 0);
  if (notAnAddress !== undefined)
    throw new Error(`--office-address must be an IP address of this computer, not "${notAnAddress}"`);
  return {
    port,
    apiPort,
    dataDir,
    browser: values.browser ?? false,
    help: values.help ?? false,
    ...(officeAddresses ? { officeAddresses } : {}),
    ...(createAdmin ? { createAdmin } : {}),
  };
}

function createAdminOf(login?: string, passwordFile?: string, tokenFile?: string): CreateAdminOptions | undefined {
  if (login === undefined) {
    if (passwordFile !== undefined || tokenFile !== undefined)
      throw new Error('--password-file and --token-file go with --create-admin');
    return undefined;
  }
  if (!login.trim()) throw new Error('--create-admin must name the login of the first administrator');
  if (!passwordFile) throw new Error('--create-admin needs --password-file PATH: a file that holds the password');
  if (tokenFile !== undefined && !tokenFile.trim()) throw new Error('--token-file must name a file');
  return { login, passwordFile, ...(tokenFile ? { tokenFile } : {}) };
}
