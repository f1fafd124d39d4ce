import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What is done to a data file while the app is closed. */
export type Fault = 'truncate' | 'corrupt' | 'garble' | 'empty' | 'delete' | 'newer';

/** Bytes that no JSON reads, inside or outside a string: a NUL, a quote, braces the wrong way round. */
const GARBAGE = Buffer.from('\u0000"}{\u0000');

/**
 * Damage a file: cut it to half its size, overwrite a few bytes in its middle (within one line),
 * replace a line in its middle by those few bytes (`garble`: the file gets shorter, its last line stays),
 * empty it, delete it, or mark it as written by a newer version (schemaVersion + 1). A fault on
 * an empty file (a journal after a proper close) changes nothing but deleting it.
 */
export function damage(path: string, fault: Fault): void {
  const bytes = readFileSync(path);
  switch (fault) {
    case 'truncate':
      return truncateSync(path, Math.floor(bytes.length / 2));
    case 'corrupt': {
      let at = Math.floor(bytes.length / 2);
      while (at > 0 && bytes[at] === 0x0a) at -= 1;
      const end = bytes.indexOf(0x0a, at);
      GARBAGE.copy(bytes, at, 0, Math.min((end === -1 ? bytes.length : end) - at, GARBAGE.length));
      return writeFileSync(path, bytes);
    }
    case 'garble': {
      if (!bytes.length) return;
      // The middle one of the lines before the last (the split leaves a last '' after the final newline).
      const lines = bytes.toString('utf8').split('\n');
      const middle = Math.max(0, Math.floor((lines.length - 3) / 2));
      lines[middle] = GARBAGE.toString('utf8');
      return writeFileSync(path, lines.join('\n'));
    }
    case 'empty':
      return truncateSync(path, 0);
    case 'delete':
      return rmSync(path);
    case 'newer': {
      const data = JSON.parse(bytes.toString('utf8')) as { schemaVersion: number };
      return writeFileSync(path, JSON.stringify({ ...data, schemaVersion: data.schemaVersion + 1 }));
    }
    default: {
      const unknown: never = fault;
      throw new Error(`unknown fault ${String(unknown)}`);
    }
  }
}

/** Every file under `dir` with its bytes, to compare a folder before and after. */
export function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The lines of a JSON-lines file as text ('' for a missing file gives none). */
export const linesOf = (text: string): string[] => text.split('\n').filter((l) => l !== '');
