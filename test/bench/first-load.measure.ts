// First-load benchmark (issue 17): how soon the host serves its first page after it is started, and
// how much the browser fetches and how soon it paints the app's first screen, beside a bare React
// Flow page (React + @xyflow/react built by Vite, served plainly) measured in the same Chromium.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { httpRequest } from '../helpers/http';
import { startHostProcess } from '../helpers/host-process';
import { startScript } from '../helpers/paths';
import { serveBareFlow } from './serve-bare-flow';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Start the built host on an installed data folder: ms until it says it runs, and until `/` is answered. */
async function timeStart(dataDir: string): Promise<{ ready: number; served: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [startScript, '--browser', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
        if (match) resolve(Number(match[1]));
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`the host exited (${code}):\n${output}`)));
    });
    const ready = performance.now() - t0;
    const page = await httpRequest(port, '/', { headers: { host: `127.0.0.1:${port}` } });
    if (page.status !== 200) throw new Error(`GET / answered ${page.status}`);
    return { ready, served: performance.now() - t0 };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

/** Open `url` in a fresh page: first contentful paint and the bytes of script and style on the wire. */
async function firstPaint(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const assets = resources.filter((r) => /\.(js|css)(\?|$)/.test(r.name));
      return {
        fcp,
        wire: assets.reduce((sum, r) => sum + r.transferSize, 0),
        decoded: assets.reduce((sum, r) => sum + r.decodedBodySize, 0),
      };
    });
  } finally {
    await page.close();
  }
}

it('first load: first page served after start, bytes fetched and first paint vs a bare React Flow page', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-first-load-'));
  // Installed once (first administrator), so each timed start is an office's morning start.
  const host = await startHostProcess(dataDir);
  const ours = { ready: [] as number[], served: [] as number[], fcp: [] as number[], wire: 0, decoded: 0 };
  const bare = { fcp: [] as number[], wire: 0, decoded: 0 };
  const peer = await serveBareFlow(JSON.stringify({ nodes: [], edges: [] }));
  const browser = await launchChromium();
  try {
    for (let run = 0; run < RUNS; run++) {
      const a = await firstPaint(browser, host.url);
      ours.fcp.push(a.fcp);
      ours.wire = a.wire;
      ours.decoded = a.decoded;
      const b = await firstPaint(browser, peer.url);
      bare.fcp.push(b.fcp);
      bare.wire = b.wire;
      bare.decoded = b.decoded;
    }
  } finally {
    await browser.close();
    peer.close();
    await host.stop();
  }
  for (let run = 0; run < RUNS; run++) {
    const t = await timeStart(dataDir);
    ours.ready.push(t.ready);
    ours.served.push(t.served);
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    [
      '',
      `First load — median of ${RUNS} runs, headless Chromium at 1280×800`,
      `start → "running at" printed:             ${median(ours.ready).toFixed(0)} ms`,
      `start → first page served:                ${median(ours.served).toFixed(0)} ms   target ≤ 500 ms`,
      `script + style on the wire (decoded):     ours ${kb(ours.wire)} (${kb(ours.decoded)})   ` +
        `bare React Flow ${kb(bare.wire)} (${kb(bare.decoded)})   ratio ${(ours.wire / bare.wire).toFixed(2)}×`,
      `first contentful paint (sign-in screen):  ours ${median(ours.fcp).toFixed(0)} ms   ` +
        `bare React Flow ${median(bare.fcp).toFixed(0)} ms   ratio ${(median(ours.fcp) / median(bare.fcp)).toFixed(2)}×`,
      '',
    ].join('\n'),
  );
});
