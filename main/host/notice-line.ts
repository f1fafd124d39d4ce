import type { StoreNotice } from '@shared/api/contract';

/** What happened to the file, in words: missing, or unreadable (from a line on) and why. */
function head(n: StoreNotice): string {
  if (n.cause === 'missing') return `${n.file} was missing.`;
  const from = n.line !== undefined && n.kind.startsWith('journal') ? ` from line ${n.line} on` : '';
  return `${n.file} could not be read${from} (${n.reason}).`;
}

/** What may be missing, by name where known. */
function mayMiss(n: StoreNotice): string {
  const names = n.mayMiss ?? [];
  const count = n.mayMissCount ?? names.length;
  if (!count) return '';
  if (!names.length) return ` Changes to ${count} items or records (names unreadable) may be missing.`;
  const more = count > names.length ? `, and to ${count - names.length} more` : '';
  return ` Changes to these may be missing: ${names.join(', ')}${more}.`;
}

/** What a notice says, in one English line for the terminal (the app says it in the user's language). */
export function noticeLine(n: StoreNotice): string {
  const since = n.since ? ` ${n.since}` : '';
  const line = n.line ?? 1;
  const kept =
    (n.keptAs ? ` It was kept as ${n.keptAs}.` : '') + (n.logKeptAs ? ` The log was kept as ${n.logKeptAs}.` : '');
  const outcome = (() => {
    switch (n.kind) {
      case 'restoredFromBackup':
        return 'Its backup was restored; nothing is missing.';
      case 'restoredOlderBackup':
        return `Its backup of${since} was restored; what was saved after that may be missing.`;
      case 'restoredPartly':
        return `Its backup was restored up to${since}; what was saved after that could not be restored.`;
      case 'restoredFromLogs':
        return 'Its backup could not be read either; all of it was restored from its logs: nothing is missing.';
      case 'restoredFromLogsPartly':
        return (
          `Its backup could not be read either; it was restored from its logs up to${since} ` +
          `(from line ${line} on they could not be read); what was saved after that is missing.`
        );
      case 'startedEmpty':
        return 'There was no usable backup: Stroomlijn started without this data.';
      case 'journalCut': {
        const also = n.copyFile ? `Its second copy ${n.copyFile} could not be read there either. ` : '';
        if (!n.since) return `${also}None of it was restored.`;
        return `${also}Everything up to${since} was restored; what was saved after that was not.`;
      }
      case 'journalMissing': {
        const also = n.copyFile ? `Its second copy ${n.copyFile} was missing too. ` : '';
        return `${also}What was saved between${since} and when Stroomlijn last stopped may be lost.`;
      }
      case 'journalCopyRestored':
        return `It was read from its second copy, ${n.readFrom}, and made again from it: nothing is missing.`;
      case 'archiveUnreadable':
        return 'Those lines are left out of lists and searches.';
      case 'archiveShort':
        return n.endIntact
          ? 'It is shorter than when Stroomlijn was last closed, though its end is intact: ' +
              'part of what was archived in between is lost.'
          : 'It is shorter than when Stroomlijn was last closed: what was archived at its end is lost.';
      case 'archiveMissing':
        return 'The history archived in it is lost.';
      default: {
        const unknown: never = n.kind;
        return unknown;
      }
    }
  })();
  return `Note: ${head(n)} ${outcome}${mayMiss(n)}${kept}`;
}
