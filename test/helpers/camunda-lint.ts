import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LintReport {
  id?: string;
  name?: string;
  message: string;
  category: string;
  rule: string;
}
interface CamundaLinter {
  lint(xml: string): Promise<LintReport[]>;
}

let bundled: Promise<new () => CamundaLinter> | undefined;

/**
 * Camunda's own linter (@camunda/linting, the one Camunda Modeler runs). The package is written for
 * bundlers (extensionless imports, JSON imports), so it is bundled with esbuild once per test file
 * and loaded from a temp folder.
 */
export function camundaLinter(): Promise<CamundaLinter> {
  bundled ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'camunda-lint-'));
    try {
      const out = await build({
        stdin: { contents: "export { Linter } from '@camunda/linting';", resolveDir: process.cwd(), loader: 'js' },
        bundle: true,
        platform: 'node',
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      const file = join(dir, 'linting.mjs');
      writeFileSync(file, out.outputFiles[0]!.text);
      const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { Linter: new () => CamundaLinter };
      return mod.Linter;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return bundled.then((Linter) => new Linter());
}
