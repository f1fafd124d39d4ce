import { join } from 'node:path';
import type { Clock } from '../../clock';
import { AppendLog } from '../../store/append-log';
import { DurableTextFile, readIfExists } from '../../store/durable-text-file';

/** The file in the data folder that keeps the answers of creating requests with an Idempotency-Key. */
export const IDEMPOTENCY_FILE = 'api-idempotency.jsonl';
/** How long a key is kept: a repeat within this time gets the first answer again. */
export const IDEMPOTENCY_HOURS = 24;

/** The first answer to a creating request with a key. */
export interface KeptAnswer {
  status: number;
  location?: string;
  body: unknown;
}

export interface KeptRequest extends KeptAnswer {
  /** The token the key belongs to (keys of two tokens never meet). */
  tokenId: string;
  key: string;
  /** A hash of what was asked (method, path, X-Act-As, body): the same key with another request is refused. */
  fingerprint: string;
  /** When it was answered (ISO). */
  at: string;
}

const slot = (tokenId: string, key: string) => `${tokenId}\n${key}`;

function parseLine(line: string): KeptRequest | null {
  try {
    const kept = JSON.parse(line) as KeptRequest;
    return typeof kept.tokenId === 'string' && typeof kept.key === 'string' && typeof kept.at === 'string'
      ? kept
      : null;
  } catch {
    return null;
  }
}

/**
 * The answers of creating requests with an Idempotency-Key, per token, for 24 hours: a JSON-lines
 * log in the data folder, appended (and fsynced) once per answer. At open the log is read back and
 * rewritten without the expired keys (atomically, through a temp file), so it survives a restart
 * and does not grow without end; a torn last line of a crash is dropped (it was never answered).
 */
export class IdempotencyStore {
  private readonly kept = new Map<string, KeptRequest>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly log: AppendLog,
    private readonly clock: Clock,
  ) {}

  static async open(dataDir: string, clock: Clock): Promise<IdempotencyStore> {
    const path = join(dataDir, IDEMPOTENCY_FILE);
    const store = new IdempotencyStore(new AppendLog(path), clock);
    const text = (await readIfExists(path)) ?? '';
    const lines = text.split('\n').filter((line) => line.trim());
    for (const kept of lines.map(parseLine))
      if (kept && store.live(kept)) store.kept.set(slot(kept.tokenId, kept.key), kept);
    if (store.kept.size < lines.length) {
      await new DurableTextFile(path, 'none').write(
        [...store.kept.values()].map((k) => `${JSON.stringify(k)}\n`).join(''),
      );
    }
    await store.log.open();
    return store;
  }

  private live(kept: KeptRequest): boolean {
    return Date.parse(kept.at) + IDEMPOTENCY_HOURS * 3_600_000 > this.clock.now().getTime();
  }

  /** The kept answer of this token's key, while it has not expired. */
  find(tokenId: string, key: string): KeptRequest | undefined {
    const kept = this.kept.get(slot(tokenId, key));
    if (kept && !this.live(kept)) this.kept.delete(slot(tokenId, key));
    return kept && this.live(kept) ? kept : undefined;
  }

  /** Keep an answer; resolves once it is on disk. */
  keep(request: Omit<KeptRequest, 'at'>): Promise<void> {
    const kept: KeptRequest = { ...request, at: this.clock.now().toISOString() };
    const write = this.writing.then(() => this.log.append([JSON.stringify(kept)]));
    this.writing = write.catch(() => undefined);
    return write.then(() => {
      this.kept.set(slot(kept.tokenId, kept.key), kept);
    });
  }

  async close(): Promise<void> {
    await this.writing;
    await this.log.close();
  }
}
