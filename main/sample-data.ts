import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database, emptyDatabase, SCHEMA_VERSION } from '@shared/model/database';
import { parseDocument } from '@shared/model/parse';

/** The database of a first start: the sample data shipped in resources/, checked against the schema. */
export function loadSampleData(resourcesDir: string): Database {
  const path = join(resourcesDir, 'sample-data.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as object;
  return parseDocument(Database, { ...emptyDatabase(), ...raw, schemaVersion: SCHEMA_VERSION }, path);
}
