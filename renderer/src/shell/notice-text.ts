import type { TFunction } from 'i18next';
import type { StoreNotice } from '@shared/api/contract';
import { formatDateTime } from '../ui/format';

/** A path as the user finds it in the data folder (Settings → About names the folder). */
const inDataDir = (dataDir: string) => (path: string) =>
  path.startsWith(dataDir) && /[\\/]/.test(path.charAt(dataDir.length)) ? path.slice(dataDir.length + 1) : path;

/** What happened to the file, in words: missing, damaged, not as expected, or a gap. */
function headline(n: StoreNotice, t: TFunction, file: string): string {
  const cause = n.cause ?? 'notValid';
  switch (cause) {
    case 'missing':
      return t('notices.causeMissing', { file });
    case 'notJson':
      return t('notices.causeNotJson', { file });
    case 'notValid':
      return t('notices.causeNotValid', { file });
    case 'gap':
      return t('notices.causeGap', { file });
    case 'short':
      return t('notices.causeShort', { file });
    default: {
      const unknown: never = cause;
      return unknown;
    }
  }
}

/** The same for one line of a log, and what follows it. */
function lineHeadline(n: StoreNotice, t: TFunction, file: string): string {
  const at = { file, line: n.line ?? 1 };
  switch (n.cause) {
    case 'notJson':
      return t('notices.lineNotJson', at);
    case 'gap':
      return t('notices.lineGap', at);
    case 'missing':
    case 'short':
      return headline(n, t, file);
    default:
      return t('notices.lineNotValid', at);
  }
}

/** What may be missing, by name where the names are known, else how many things. */
function mayMissText(n: StoreNotice, t: TFunction): string[] {
  const names = n.mayMiss ?? [];
  const count = n.mayMissCount ?? names.length;
  if (!count) return [];
  if (!names.length) return [t('notices.mayMissCount', { count })];
  const more = count - names.length;
  const listed = names.join(', ');
  if (more > 0) return [t('notices.mayMissMore', { names: listed, count: more })];
  return [t('notices.mayMiss', { names: listed })];
}

/**
 * The sentences of a notice in the user's language: what happened to which file, what was
 * restored, what (if anything) is missing, and where a damaged file was kept.
 */
export function noticeText(n: StoreNotice, t: TFunction, language: string, dataDir: string): string[] {
  const rel = inDataDir(dataDir);
  const file = rel(n.file);
  const since = n.since ? formatDateTime(n.since, language) : '';
  const line = n.line ?? 1;
  const copy = n.copyFile ? rel(n.copyFile) : '';
  const sentences = ((): string[] => {
    switch (n.kind) {
      case 'restoredFromBackup':
        return [headline(n, t, file), t('notices.restoredFromBackup')];
      case 'restoredOlderBackup':
        return [headline(n, t, file), t('notices.restoredOlderBackup', { since })];
      case 'restoredPartly':
        return [headline(n, t, file), t('notices.restoredPartly', { since, line })];
      case 'restoredFromLogs':
        return [headline(n, t, file), t('notices.restoredFromLogs')];
      case 'restoredFromLogsPartly':
        return [headline(n, t, file), t('notices.restoredFromLogsPartly', { since, line })];
      case 'startedEmpty':
        return [headline(n, t, file), t('notices.startedEmpty')];
      case 'journalCut': {
        const also = copy ? [t('notices.copyUnreadableToo', { copyFile: copy })] : [];
        const restored = since ? t('notices.journalCut', { since }) : t('notices.journalCutAll');
        return [lineHeadline(n, t, file), ...also, restored];
      }
      case 'journalMissing': {
        const also = copy ? [t('notices.copyMissingToo', { copyFile: copy })] : [];
        return [headline(n, t, file), ...also, t('notices.journalMissing', { since })];
      }
      case 'journalCopyRestored':
        return [lineHeadline(n, t, file), t('notices.journalCopyRestored', { readFrom: rel(n.readFrom ?? '') })];
      case 'archiveUnreadable': {
        const lines = n.lines ?? [];
        return [t('notices.archiveUnreadable', { file, lines: lines.join(', '), count: lines.length })];
      }
      case 'archiveShort': {
        const sizes = { file, bytes: n.bytes ?? 0, expectedBytes: n.expectedBytes ?? 0 };
        return [t(n.endIntact ? 'notices.archiveShortEndIntact' : 'notices.archiveShort', sizes)];
      }
      case 'archiveMissing':
        return [t('notices.archiveMissing', { file, expectedBytes: n.expectedBytes ?? 0 })];
      default: {
        const unknown: never = n.kind;
        return [unknown];
      }
    }
  })();
  sentences.push(...mayMissText(n, t));
  if (n.keptAs) sentences.push(t('notices.keptAs', { keptAs: rel(n.keptAs) }));
  if (n.logKeptAs) sentences.push(t('notices.logKeptAs', { logKeptAs: n.logKeptAs.split(', ').map(rel).join(', ') }));
  return sentences;
}
