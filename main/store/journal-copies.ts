import { readFile } from 'node:fs/promises';
import { isCode } from './fs-errors';

/** A line of a journal file as it was read: its number in the file (from 1) and its text. */
export interface FileLine {
  line: number;
  text: string;
}

/** One copy of a journal as read from disk, before anything is changed. */
export interface JournalCopy {
  path: string;
  /** Whether the file was there. */
  there: boolean;
  /** Its complete lines; a torn last line (an append a crash cut off, never acknowledged) is left out. */
  lines: FileLine[];
}

/** A journal (or its `.bak`) and, where it has one, its second copy: the same lines, written together. */
export interface LogSource {
  /** The journal itself first, then its second copy (absent for a journal written before it had one). */
  copies: readonly JournalCopy[];
}

export async function readJournalCopy(path: string): Promise<JournalCopy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { path, there: false, lines: [] };
    throw error;
  }
  const complete = text.slice(0, text.lastIndexOf('\n') + 1).split('\n');
  const lines = complete.flatMap((t, i) => (t === '' ? [] : [{ line: i + 1, text: t }]));
  return { path, there: true, lines };
}

/** A line that reads as a journal batch, by its write number. */
export interface NumberedLine extends FileLine {
  s: number;
}

/** A line that does not read as a batch, with the write number it stands for, where that can be told. */
export interface BadLine extends FileLine {
  /** The write after the last good line before it (the first good line's minus one, at the start); null: none tells. */
  standsFor: number | null;
}

/** A copy's lines sorted out: good ones by write number (a later line of the same number wins), and bad ones. */
export interface IndexedCopy {
  copy: JournalCopy;
  bySeq: Map<number, NumberedLine>;
  bad: BadLine[];
}

/** Every batch line we write starts with its write number: `{"s":12,`. */
const SEQ = /^\{"s":(\d+),/;

/** The write number of a line, from its first bytes (or, for a line written by hand, by parsing it). */
function seqOf(text: string): number | null {
  const match = SEQ.exec(text);
  if (match) return Number(match[1]);
  try {
    const s = (JSON.parse(text) as { s?: unknown } | null)?.s;
    return typeof s === 'number' && Number.isInteger(s) ? s : null;
  } catch {
    return null;
  }
}

export function indexCopy(copy: JournalCopy): IndexedCopy {
  const bySeq = new Map<number, NumberedLine>();
  const bad: BadLine[] = [];
  const unplaced: FileLine[] = [];
  let after: number | null = null;
  for (const line of copy.lines) {
    const s = seqOf(line.text);
    if (s === null) {
      if (after === null) unplaced.push(line);
      else bad.push({ ...line, standsFor: after + 1 });
      continue;
    }
    if (after === null) bad.push(...unplaced.map((u) => ({ ...u, standsFor: s - 1 })));
    bySeq.set(s, { ...line, s });
    after = s;
  }
  if (after === null) bad.push(...unplaced.map((u) => ({ ...u, standsFor: null })));
  bad.sort((a, b) => a.line - b.line);
  return { copy, bySeq, bad };
}
