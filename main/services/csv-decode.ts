import { type CsvIssue, csvIssue, decodeWindows1252 } from '@shared/directory';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const startsWith = (bytes: Uint8Array, ...head: number[]) => head.every((b, i) => bytes[i] === b);

const notText = (format?: 'xlsx' | 'xls') => ({ issue: csvIssue('file', 'notText', format ? { format } : {}) });

/** Text in an encoding a byte order mark names; undefined when the bytes are not valid in it. */
function decode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeText(bytes: Uint8Array): { text?: string; encoding: CsvEncoding } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const utf8 = decode('utf-8', bytes);
  // Not UTF-8: every byte is a character in Windows-1252.
  return utf8 !== undefined
    ? { text: utf8, encoding: 'utf-8' }
    : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * A CSV file's text, from its bytes as offices save them: UTF-8 with or without a byte order mark,
 * UTF-16 with one (Excel's "Unicode text"), or else Windows-1252 (Excel's "CSV" on a Dutch or German
 * PC: René is 52 65 6E E9). A workbook or other binary file is not read: the issue says why.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | { issue: CsvIssue } {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return notText('xlsx');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return notText('xls');
  const { text, encoding } = decodeText(bytes);
  // Control characters other than tab and line breaks do not occur in a text file.
  // eslint-disable-next-line no-control-regex
  if (text === undefined || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u009f]/.test(text)) return notText();
  return { text, encoding };
}
