/** A CSV file's text split into its header and rows of cells. */
export interface CsvTable {
  headers: string[];
  /** `line`: the row's line in the file, the header being line 1. */
  rows: { line: number; cells: string[]; parseError?: string }[];
  delimiter: ';' | ',' | '\t';
}
