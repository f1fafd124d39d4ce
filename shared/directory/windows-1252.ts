/**
 * The characters of bytes 0x80–0x9F in Windows-1252, where it differs from Latin-1 (WHATWG Encoding
 * Standard): € „ … “ ” and the like. Node's TextDecoder('windows-1252') decodes these bytes as Latin-1
 * control characters (nodejs/node#56542), so they are looked up here.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Text from Windows-1252 bytes: every byte is one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b));
    text += String.fromCharCode(...chunk);
  }
  return text;
}
