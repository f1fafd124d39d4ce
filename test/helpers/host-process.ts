import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { sessionTokenOf } from './http';
import { startScript } from './paths';

export interface HostProcess {
  child: ChildProcess;
  dataDir: string;
  port: number;
  url: string;
  token: string;
  output(): string;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<void>;
}

/**
 * Start the built app (`node dist/main/start.js --browser`) on a free port, as `npm start` would;
 * `through`: a command that starts node in turn (e.g. `unshare … sh -c '…; exec "$@"' sh`).
 */
export async function startHostProcess(
  dataDir: string,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
  through: string[] = [],
): Promise<HostProcess> {
  const app = [process.execPath, startScript, '--browser', '--port', '0', '--data-dir', dataDir, ...extraArgs];
  const [command, ...args] = [...through, ...app];
  const child = spawn(command!, args, {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before it was ready:\n${output}`)));
  });
  const port = Number(new URL(url).port);
  return {
    child,
    dataDir,
    port,
    url,
    token: await sessionTokenOf(port),
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
