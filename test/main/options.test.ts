import { describe, expect, it } from 'vitest';
import { DEFAULT_API_PORT, DEFAULT_PORT, defaultDataDir, parseHostOptions } from '../../main/host/options';
import { findElectronRuntime } from '../../main/host/electron-runtime';

describe('host options', () => {
  it('reads --port, --data-dir and --browser, with STROOMLIJN_DATA_DIR as fallback', () => {
    expect(parseHostOptions(['--port', '5000', '--data-dir', '/d', '--browser'], {})).toEqual({
      port: 5000,
      apiPort: DEFAULT_API_PORT,
      dataDir: '/d',
      browser: true,
      help: false,
    });
    expect(parseHostOptions(['--api-port', '4999'], {})).toMatchObject({ apiPort: 4999 });
    expect(parseHostOptions([], { STROOMLIJN_DATA_DIR: '/env' })).toMatchObject({
      port: DEFAULT_PORT,
      dataDir: '/env',
      browser: false,
    });
  });

  it('says what is wrong with a bad flag', () => {
    expect(() => parseHostOptions(['--port', 'abc'], {})).toThrow(
      '--port must be a whole number from 0 to 65535, not "abc"',
    );
    expect(() => parseHostOptions(['--colour'], {})).toThrow(/--colour/);
    expect(() => parseHostOptions(['--api-port', '70000'], {})).toThrow(
      '--api-port must be a whole number from 0 to 65535, not "70000"',
    );
  });

  it('defaults to the folder Electron calls userData', () => {
    expect(defaultDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/Stroomlijn');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/Stroomlijn');
    expect(defaultDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Stroomlijn');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toMatch(
      /Roaming.Stroomlijn$/,
    );
  });

  it('finds no Electron runtime where only the package is installed', () => {
    expect(findElectronRuntime(import.meta.filename)).toBeNull();
  });
});
