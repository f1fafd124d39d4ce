import { finishText, flowWhiteSpace, htmlToText, SPECIAL } from './html-text';
import { type Piece, textOf } from './plain-template';

/** Where the n-th field stands in the HTML while its text is worked out: a character of Unicode's private use area. */
const FIRST_HOLE = 0xe000;
const LAST_HOLE = 0xf8ff;
const HOLES = /[\ue000-\uf8ff]/;
const holeOf = (n: number) => String.fromCharCode(FIRST_HOLE + n);

/** A value that can change the text around it: empty, or with white space at an end, a run of it, a tab or a line break. */
const SHAPES_TEXT = /^$|^\s|\s$|[ \t]{2}|[\t\n\r]/;

/**
 * The text part of a mail, worked out from its HTML template once instead of from every rendered
 * HTML: the template is turned into text with each field as a placeholder, and rendering then
 * puts the values in. It gives exactly what `htmlToText` gives for the rendered HTML (a
 * differential test holds it to that): an escaped value turns back into itself, a field inside a
 * tag goes with the tag, and a value with white space that could run together with its
 * surroundings has the text's white space settled again.
 *
 * `pieces` are the HTML template's, as plainPieces found them. Null when the template cannot be done this way: links, `<pre>`,
 * scripts and styles, `{{{raw}}}` HTML, a field that could complete an entity (`&{{x}};`).
 * The runner takes the values the HTML's runner looked up, one per field piece in order (see
 * PlainRun), so nothing is looked up twice; it returns null for a value that brings its own HTML
 * (a SafeString).
 */
export function derivedText(pieces: readonly Piece[]): ((values: readonly unknown[]) => string | null) | null {
  let fields = 0;
  let skeleton = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      if (HOLES.test(piece)) return null;
      skeleton += piece;
    } else {
      if (!piece.escape || FIRST_HOLE + fields > LAST_HOLE) return null;
      skeleton += holeOf(fields);
      fields += 1;
    }
  }
  if (SPECIAL.test(skeleton) || /&#?\w*[\ue000-\uf8ff]/.test(skeleton)) return null;
  // The text with its holes; a field inside a tag went with the tag.
  const text = htmlToText(skeleton);
  const parts: string[] = [];
  const holes: number[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST_HOLE || code > LAST_HOLE) continue;
    parts.push(text.slice(from, i));
    holes.push(code - FIRST_HOLE);
    from = i + 1;
  }
  parts.push(text.slice(from));
  return (values) => {
    let out = parts[0]!;
    let settle = false;
    for (let i = 0; i < holes.length; i++) {
      const value = values[holes[i]!];
      if (typeof (value as { toHTML?: unknown } | null)?.toHTML === 'function') return null;
      const written = textOf(value);
      if (SHAPES_TEXT.test(written)) settle = true;
      out += written + parts[i + 1]!;
    }
    return settle ? finishText(flowWhiteSpace(out)) : out;
  };
}
