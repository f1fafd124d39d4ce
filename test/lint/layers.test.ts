import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: join(repoRoot, 'test/lint/eslint.config.js') });

/** The import errors the lint config reports for `code` placed at `path`. */
async function importErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (DESIGN.md §3), enforced by lint', () => {
  it('keep shared/ free of platform code, main/ and renderer/', async () => {
    const errors = await importErrors(
      'shared/model/bad.ts',
      "import { readFileSync } from 'node:fs';\nimport path from 'path';\nimport React from 'react';\nimport { Low } from 'lowdb';\nimport nodemailer from 'nodemailer';\nimport { app } from 'electron';\nimport { createApp } from '../../main/app';\nimport { App } from '../../renderer/src/shell/App';\nexport const x = [readFileSync, path, React, Low, nodemailer, app, createApp, App];\n",
    );
    expect(errors).toHaveLength(8);
    expect(errors[0]).toContain('shared/ is pure');
  });

  it('let only main/electron/ import electron, and keep main/ away from renderer/', async () => {
    expect(
      await importErrors('main/services/bad.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toHaveLength(1);
    expect(
      await importErrors('main/electron/ok.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toEqual([]);
    expect(
      await importErrors(
        'main/electron/bad.ts',
        "import { App } from '../../renderer/src/shell/App';\nexport const a = App;\n",
      ),
    ).toHaveLength(1);
  });

  /** main/'s inner layers: what a file there may not import (main/'s own rule still holds there), and what it may. */
  const innerLayers: { dir: string; says: string; refused: Record<string, string>; allowed: Record<string, string> }[] =
    [
      {
        dir: 'main/store',
        says: 'main/store/ is the innermost layer',
        refused: {
          createRuntime: '../engine/runtime',
          createWorkflowService: '../services/workflows',
          createDispatch: '../api/dispatch',
          app: 'electron',
          App: '../../renderer/src/shell/App',
        },
        allowed: { systemClock: '../clock', openStore: './store' },
      },
      {
        dir: 'main/engine',
        says: 'main/engine/ runs workflows whichever host serves them',
        refused: {
          startApiServer: '../http/api-server',
          startElectron: '../electron/main',
          app: 'electron',
          App: '../../renderer/src/shell/App',
        },
        allowed: { openStore: '../store/store', createWorkflowService: '../services/workflows' },
      },
    ];
  const importing = (names: Record<string, string>) =>
    Object.entries(names)
      .map(([name, from]) => `import { ${name} } from '${from}';\n`)
      .join('') + `export const x = [${Object.keys(names).join(', ')}];\n`;

  it.each(innerLayers)(
    'keep $dir/ from importing outer layers of main/, electron and renderer/',
    async ({ dir, says, refused, allowed }) => {
      const errors = await importErrors(`${dir}/bad.ts`, importing(refused));
      expect(errors).toHaveLength(Object.keys(refused).length);
      expect(errors[0]).toContain(says);
      expect(await importErrors(`${dir}/ok.ts`, importing(allowed))).toEqual([]);
    },
  );

  it('keep renderer/ away from main/, electron and Node', async () => {
    const errors = await importErrors(
      'renderer/src/bad.ts',
      "import { createApp } from '../../main/app';\nimport { ipcRenderer } from 'electron';\nimport { readFile } from 'node:fs/promises';\nexport const x = [createApp, ipcRenderer, readFile];\n",
    );
    expect(errors).toHaveLength(3);
  });

  // Linting every file with type information takes ~20 s on an idle 2-core machine: more time than the
  // project's default, so a busy machine does not fail it for being slow.
  it('find nothing wrong in the code as it is', { timeout: 120_000 }, async () => {
    const results = await eslint.lintFiles(['shared', 'main', 'renderer/src']);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.message}`))).toEqual([]);
  });
});
