import { type Directory, type DirectoryEntry, type DirectoryKind, directoryEntrySchemas } from '../model/directory';
import { type Issue, toIssues } from '../model/parse';
import { brokenReferences } from './references';

/** One entry checked against its schema and the rest of the directory: the entry, or why not. */
export function checkEntry(
  kind: DirectoryKind,
  candidate: Record<string, unknown>,
  within: Directory,
  newId: () => string,
): { entry?: DirectoryEntry; issues: Issue[] } {
  const parsed = directoryEntrySchemas[kind].safeParse({ ...candidate, id: candidate.id ?? newId() });
  if (!parsed.success) return { issues: toIssues(parsed.error) };
  const entry = parsed.data as DirectoryEntry;
  const issues = brokenReferences(within, kind, entry);
  return issues.length ? { issues } : { entry, issues };
}
