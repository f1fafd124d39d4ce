import type { StoreNotice } from '../../shared/api/contract';

/** What a notice says, in one English line for the terminal (the app says it in the user's language). */
export function noticeLine(n: StoreNotice): string {
  const since = n.since ? ` ${n.since}` : '';
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
      case 'startedEmpty':
        return 'There was no usable backup: Stroomlijn started without this data.';
      case 'journalCut':
        if (!n.since) return 'None of it was restored.';
        return `Everything up to${since} was restored; what was saved after that was not.`;
      case 'journalMissing':
        return `What was saved after${since} may be lost.`;
      case 'archiveUnreadable':
        return 'Those lines are left out of lists and searches.';
      case 'archiveShort':
        return 'It is shorter than when Stroomlijn was last closed: what was archived at its end is lost.';
      case 'archiveMissing':
        return 'The history archived in it is lost.';
      default: {
        const unknown: never = n.kind;
        return unknown;
      }
    }
  })();
  const head = n.cause === 'missing' ? `${n.file} was missing.` : `${n.file} could not be read (${n.reason}).`;
  return `Note: ${head} ${outcome}${kept}`;
}
