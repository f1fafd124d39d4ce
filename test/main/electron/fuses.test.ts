import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/paths';

type Fuses = NonNullable<Configuration['electronFuses']>;

// The fuses the packaged app must have, named as the installed electron-builder's types name them
// (a misspelt key here does not compile).
const required = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} satisfies Fuses;

// electron-builder's own loader and schema check, from the copy that `npm run dist` runs.
const fromBuilder = createRequire(createRequire(join(repoRoot, 'package.json')).resolve('electron-builder'));
const builderConfig = fromBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { DebugLogger } = createRequire(fromBuilder.resolve('app-builder-lib'))('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};
const { FuseV1Options } = createRequire(fromBuilder.resolve('app-builder-lib'))('@electron/fuses') as {
  FuseV1Options: Record<string, number>;
};
const { PlatformPackager } = fromBuilder('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: Fuses): Promise<Record<string | number, unknown>> } };
};

const loadConfig = () => builderConfig.getConfig(repoRoot, join(repoRoot, 'electron-builder.yml'), null);
const validate = (config: Configuration) => builderConfig.validateConfiguration(config, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it('packs the app into an ASAR and sets the security fuses, as electron-builder reads them', async () => {
    const config = await loadConfig();
    await expect(validate(config)).resolves.toBeUndefined();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject(required);

    // What the packager writes into the Electron binary: each fuse wire set as required.
    const wires = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses!);
    expect(wires).toMatchObject({
      [FuseV1Options.RunAsNode!]: false,
      [FuseV1Options.EnableCookieEncryption!]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable!]: false,
      [FuseV1Options.EnableNodeCliInspectArguments!]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]: true,
      [FuseV1Options.OnlyLoadAppFromAsar!]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges!]: false,
    });
  });

  it('is refused by electron-builder when a fuse is misspelt, so a typo cannot pass unnoticed', async () => {
    const config = await loadConfig();
    const { runAsNode, ...others } = config.electronFuses!;
    await expect(validate({ ...config, electronFuses: { ...others, runAsNod: runAsNode } as Fuses })).rejects.toThrow(
      /electronFuses/,
    );
  });
});
