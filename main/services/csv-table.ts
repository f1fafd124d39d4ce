import type Papa from 'papaparse';
import type { CsvTable } from '@shared/directory';
import { lazyRequire } from '../lazy-require';

/** papaparse, loaded at the first CSV read instead of at every start (some 25 ms). */
const papaparse = lazyRequire<typeof Papa>('papaparse');

const DELIMITERS = [';', ',', '\t'] as const;

/**
 * Split CSV text into cells: `;` (Excel in the Netherlands and Germany), `,` or tab between them,
 * whichever the file uses; quoted cells may hold any of them and line breaks. Empty lines are skipped.
 */
export function readCsvTable(text: string): CsvTable {
  const parsed = papaparse().parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [...DELIMITERS],
  });
  const found = parsed.meta.delimiter;
  const delimiter = DELIMITERS.find((d) => d === found) ?? ',';
  const [header, ...body] = parsed.data;
  // Papa reports the row of each parse error; carry them to the row instead of guessing.
  const errors = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined) errors.set(e.row, e.message);
  return {
    headers: (header ?? []).map((h) => h.trim()),
    rows: body.map((cells, index) => {
      const parseError = errors.get(index + 1);
      return { line: index + 2, cells, ...(parseError ? { parseError } : {}) };
    }),
    delimiter,
  };
}
