/**
 * What the start (or a read of the archive) found wrong with a data file, in sentences put
 * together by shell/notice-text.ts: what happened to the file, what was restored, what is missing.
 */
export const noticesEn = {
  causeMissing: '{{file}} was missing.',
  causeNotJson: '{{file}} could not be read: the file is damaged.',
  causeNotValid: '{{file}} could not be read: its content is not what Stroomlijn expects.',
  causeGap: '{{file}} could not be read: part of it is missing.',
  causeShort: '{{file}} was cut short: it ends before its second copy does.',
  lineNotJson: '{{file}} could not be read from line {{line}} on: that line is damaged.',
  lineNotValid: '{{file}} could not be read from line {{line}} on: that line is not what Stroomlijn expects.',
  lineGap: '{{file}} could not be read from line {{line}} on: the changes before that line are missing.',
  restoredFromBackup: 'Its backup was restored; nothing is missing.',
  restoredOlderBackup: 'Its backup of {{since}} was restored; what was saved after that may be missing.',
  restoredPartly:
    'Its backup was restored with everything saved up to {{since}}; its log could not be read from line {{line}} on, ' +
    'so what was saved after that is missing.',
  restoredFromLogs:
    'Its backup could not be read either; everything was restored from its logs, which go back to its first ' +
    'change: nothing is missing.',
  restoredFromLogsPartly:
    'Its backup could not be read either; it was restored from its logs with everything saved up to {{since}}; ' +
    'they could not be read from line {{line}} on, so what was saved after that is missing.',
  startedEmpty: 'There was no usable backup: Stroomlijn started without this data.',
  journalCut: 'Everything up to {{since}} was restored; what was saved after that was not.',
  journalCutAll: 'None of it could be restored.',
  journalMissing: 'What was saved between {{since}} and when Stroomlijn last stopped may be lost.',
  journalCopyRestored: 'It was read from its second copy, {{readFrom}}, and made again from it: nothing is missing.',
  copyUnreadableToo: 'Its second copy, {{copyFile}}, could not be read there either.',
  copyMissingToo: 'Its second copy, {{copyFile}}, was missing too.',
  mayMiss: 'Changes to these may be missing: {{names}}.',
  mayMissMore_one: 'Changes to these may be missing: {{names}}, and to {{count}} more.',
  mayMissMore_other: 'Changes to these may be missing: {{names}}, and to {{count}} more.',
  mayMissCount_one: 'Changes to {{count}} item or record may be missing; its name could not be read.',
  mayMissCount_other: 'Changes to {{count}} items or records may be missing; their names could not be read.',
  archiveUnreadable_one: '{{file}}: line {{lines}} could not be read; it is left out of lists and searches.',
  archiveUnreadable_other: '{{file}}: lines {{lines}} could not be read; they are left out of lists and searches.',
  archiveShort:
    '{{file}} is shorter than when Stroomlijn was last closed ({{bytes}} of {{expectedBytes}} bytes): ' +
    'what was archived at its end is lost.',
  archiveShortEndIntact:
    '{{file}} is shorter than when Stroomlijn was last closed ({{bytes}} of {{expectedBytes}} bytes), though its ' +
    'end is intact: part of what was archived in between is lost.',
  archiveMissing: '{{file}} is missing: the history archived in it ({{expectedBytes}} bytes) is lost.',
  keptAs: 'The damaged file was kept as {{keptAs}}.',
  logKeptAs: 'The log that could not be applied was kept as {{logKeptAs}}.',
};
