/**
 * The deepest nesting of objects and arrays a request's JSON may have. No input of the contract
 * comes near it (a workflow graph nests about ten levels, a payload is its sender's), and it
 * keeps values that JSON.stringify, the journals and Handlebars would choke on out of the store.
 */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]);
const CLOSERS = new Set([0x7d, 0x5d]);

/**
 * Whether JSON text nests objects and arrays deeper than `limit`, found without parsing it: one
 * pass over the text that skips strings. Text that is not JSON is left to the parser to refuse.
 */
export function nestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (OPENERS.has(c)) {
      if (++depth > limit) return true;
    } else if (CLOSERS.has(c)) depth--;
  }
  return false;
}
