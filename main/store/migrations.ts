import { SCHEMA_VERSION } from '@shared/model/database';

/** Turns a database of version `from` into version `from + 1`. Works on plain JSON. */
export interface Migration {
  from: number;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The migrations of the database file, oldest first. Version 1 is the first released layout;
 * when the layout changes, bump SCHEMA_VERSION and add the step from the previous version here.
 */
export const migrations: Migration[] = [
  {
    // 2: API tokens have an owner or scopes. The tokens before could do everything: they become
    // integration tokens with the scope admin, and Settings → API says so once.
    from: 1,
    up(data) {
      const settings = (data.settings ?? {}) as Record<string, unknown>;
      const tokens = Array.isArray(settings.apiTokens) ? (settings.apiTokens as Record<string, unknown>[]) : [];
      const before = tokens.filter((t) => t.scopes === undefined && t.ownerUserId === undefined);
      if (!before.length) return data;
      return {
        ...data,
        settings: {
          ...settings,
          apiTokens: tokens.map((t) => (before.includes(t) ? { ...t, scopes: ['admin'] } : t)),
          apiTokensMigrated: before.map((t) => t.id),
        },
      };
    },
  },
];

export class NewerSchemaError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supported: number,
    /** The file, once known (the check that finds it may not know which file it reads). */
    readonly file?: string,
  ) {
    super(
      `${file ?? 'the data file'} was written by a newer Stroomlijn ` +
        `(data version ${fileVersion}; this version reads up to ${supported}). ` +
        'Update Stroomlijn to open it. Nothing in the data folder was changed.',
    );
    this.name = 'NewerSchemaError';
  }

  /** The same refusal, naming the file. */
  inFile(file: string): NewerSchemaError {
    return this.file ? this : new NewerSchemaError(this.fileVersion, this.supported, file);
  }
}

/** Bring raw database JSON up to `target`, one migration at a time. */
export function migrate(raw: unknown, steps: readonly Migration[] = migrations, target = SCHEMA_VERSION): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('the data file does not hold a JSON object');
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error('schemaVersion: is missing or not a positive whole number');
  }
  if (version > target) throw new NewerSchemaError(version, target);
  for (let v = version; v < target; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from data version ${v} to ${v + 1}`);
    data = { ...step.up(data), schemaVersion: v + 1 };
  }
  return data;
}
