import { issueBecause } from '../api/reasons';
import type { Directory, DirectoryEntry, DirectoryKind } from '../model/directory';
import type { Issue } from '../model/parse';
import { directoryFields } from './fields';
import { entryLabel } from './names';

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];

/** Problems with the references an entry makes: each must point at an existing entry. */
export function brokenReferences(directory: Directory, kind: DirectoryKind, entry: DirectoryEntry): Issue[] {
  const issues: Issue[] = [];
  for (const field of directoryFields[kind]) {
    if (!field.ref) continue;
    const targets = directory[field.ref] as { id: string }[];
    for (const id of idsOf((entry as Record<string, unknown>)[field.key])) {
      if (!targets.some((t) => t.id === id))
        issues.push(issueBecause(field.key, 'refersToMissing', { thing: field.ref, id }));
    }
  }
  return issues;
}

export interface Referrer {
  kind: DirectoryKind;
  id: string;
  label: string;
  field: string;
}

/** Entries that point at `kind`/`id`; such an entry cannot be deleted without breaking them. */
export function referrersOf(directory: Directory, kind: DirectoryKind, id: string): Referrer[] {
  const found: Referrer[] = [];
  for (const otherKind of Object.keys(directoryFields) as DirectoryKind[]) {
    for (const field of directoryFields[otherKind]) {
      if (field.ref !== kind) continue;
      for (const entry of directory[otherKind] as DirectoryEntry[]) {
        if (idsOf((entry as Record<string, unknown>)[field.key]).includes(id)) {
          found.push({
            kind: otherKind,
            id: entry.id,
            label: entryLabel(otherKind, entry, directory),
            field: field.key,
          });
        }
      }
    }
  }
  return found;
}
