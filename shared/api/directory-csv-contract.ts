import { z } from 'zod';
import { Id } from '../model/common';
import { DirectoryKind } from '../model/directory';
import { CsvProblemCodes } from '../directory/csv-problems';
import { IssueSchema } from './errors';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** An issue with a CSV file or row: with a code and values where the screen can say it in its language. */
export const CsvIssueSchema = IssueSchema.extend({
  code: z.enum(CsvProblemCodes).optional(),
  params: z.record(z.string(), z.string()).optional(),
});

/**
 * A CSV file of directory entries: its bytes as read from disk (`base64`; the server finds the
 * encoding) or text already read (`csv`, e.g. pasted), and how to read it. Without a mapping the
 * server's guess from the headers is used; the server checks any mapping it is given.
 */
export const CsvImportInput = z
  .object({
    kind: DirectoryKind,
    csv: z.string().max(10_000_000, 'is larger than 10 MB').optional(),
    base64: z.string().max(13_400_000, 'is larger than 10 MB').optional(),
    mapping: z.array(z.string().max(100).nullable()).max(500).optional(),
    unknownOrganisations: z.enum(['create', 'refuse']).default('refuse'),
  })
  .strict()
  .refine((i) => (i.csv === undefined) !== (i.base64 === undefined), {
    message: 'give the file as either csv or base64',
    path: ['csv'],
  });

const RejectedRow = z.object({ line: z.number().int(), errors: z.array(CsvIssueSchema) });

export const ImportReport = z.object({
  kind: DirectoryKind,
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Rows that were not imported; `line` is the line in the file, the header being line 1. */
  rejected: z.array(RejectedRow),
  /** Organisations created for rows that named one the Directory did not have. */
  organisationsCreated: z.number().int().optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const CsvPreview = z.object({
  encoding: z.string(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  /** Per column, the field it goes to (the guess, or the mapping given). */
  mapping: z.array(z.string().nullable()),
  /** Why the file cannot be imported with this mapping (then nothing else is filled in). */
  problems: z.array(CsvIssueSchema),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Every refused row with why. */
  rejected: z.array(RejectedRow),
  /** Organisations the import would create. */
  organisations: z.array(z.object({ id: Id, name: z.string() })),
  /** The first rows as they will be stored (`entry`), or why not. */
  first: z.array(
    z.object({
      line: z.number().int(),
      entry: z.record(z.string(), z.unknown()).optional(),
      errors: z.array(CsvIssueSchema),
    }),
  ),
});
export type CsvPreview = z.infer<typeof CsvPreview>;

/** CSV import of directory entries: a preview that writes nothing, and the import itself. */
export const directoryCsvContract = {
  'directory.previewCsv': method(CsvImportInput, CsvPreview),
  'directory.importCsv': method(CsvImportInput, ImportReport),
} as const;
