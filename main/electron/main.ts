import * as electron from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDesktop } from './desktop';
import { DEFAULT_API_PORT } from '../host/options';

// Electron's entry point (package.json "main"); everything else takes electron as an argument.
const { app } = electron;
const appRoot = app.getAppPath();
const { version } = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };
const { values } = parseArgs({
  args: process.argv.slice(1),
  options: {
    'data-dir': { type: 'string' },
    'api-port': { type: 'string' },
    'office-address': { type: 'string', multiple: true },
  },
  strict: false,
  allowPositionals: true,
});
const flag = values['data-dir'];
const dataDir = typeof flag === 'string' ? flag : (process.env.STROOMLIJN_DATA_DIR ?? app.getPath('userData'));
// npm start checked --api-port already; anything else gets the default port.
const apiPort = Number(values['api-port'] ?? DEFAULT_API_PORT);
const officeAddresses = values['office-address']?.filter((a): a is string => typeof a === 'string');
startDesktop(electron, {
  appRoot,
  dataDir,
  version,
  apiPort: Number.isInteger(apiPort) && apiPort >= 0 && apiPort <= 65535 ? apiPort : DEFAULT_API_PORT,
  ...(officeAddresses?.length ? { officeAddresses } : {}),
});
