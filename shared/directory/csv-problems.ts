import type { Issue } from '../model/parse';

/** What can be wrong with a CSV file or one of its rows, besides a field's own check. */
export const CsvProblemCodes = [
  'emptyFile',
  'notText',
  'mappingLength',
  'unknownTarget',
  'mappedTwice',
  'missingColumn',
  'cellCount',
  'unreadableRow',
  'notYesNo',
  'notDate',
  'unknownOrganisation',
  'unknownReference',
] as const;
export type CsvProblemCode = (typeof CsvProblemCodes)[number];

/** An issue with a code and its values, so the screen can say it in the user's language. */
export interface CsvIssue extends Issue {
  code?: CsvProblemCode;
  params?: Record<string, string>;
}

type Params = Record<string, string>;

const english = (code: CsvProblemCode, p: Params): string => {
  switch (code) {
    case 'emptyFile':
      return 'the file is empty';
    case 'notText':
      return `the file is not a CSV text file${p.format ? ` (it is an Excel workbook, .${p.format})` : ''}: save it as CSV first`;
    case 'mappingLength':
      return `the mapping names ${p.given} columns where the file has ${p.columns}`;
    case 'unknownTarget':
      return `"${p.target}" is not a field; known fields are id, ${p.known}`;
    case 'mappedTwice':
      return `two columns go to "${p.field}", which takes one value`;
    case 'missingColumn':
      return `no column goes to the required field "${p.field}"`;
    case 'cellCount':
      return `has ${p.cells} cells where the header has ${p.columns}`;
    case 'unreadableRow':
      return p.detail ?? 'cannot be read';
    case 'notYesNo':
      return `"${p.value}" is not yes or no`;
    case 'notDate':
      return `"${p.value}" is not a date (26-11-2026, 26.11.2026 or 2026-11-26)`;
    case 'unknownOrganisation':
      return `there is no organisation "${p.name}" (new organisations are not created in this import)`;
    case 'unknownReference':
      return `refers to ${p.kind} "${p.value}", which does not exist`;
    default: {
      const never: never = code;
      return never;
    }
  }
};

/** The issue with its English message (for any API client) beside its code and values. */
export const csvIssue = (path: string, code: CsvProblemCode, params: Params = {}): CsvIssue => ({
  path,
  message: english(code, params),
  code,
  params,
});
