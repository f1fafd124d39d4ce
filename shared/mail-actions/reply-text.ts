/**
 * Where the reply's own words end: the first line that starts what the mail program quoted or
 * added — a quote mark, "On … wrote:" (and its Dutch and German forms, also split over two lines
 * by Gmail), Outlook's "-----Original Message-----" or its header block ("From:", "Van:", "Von:"),
 * a signature ("-- ") or a phone's "Sent from my …".
 */
const QUOTE_START: readonly RegExp[] = [
  /^>/,
  /^(On|Op|Am)\b.*\b(wrote|schreef|schrieb|geschreven)\b/i,
  /^-{2,}\s*(Original Message|Oorspronkelijk bericht|Origineel bericht|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Forwarded message)/i,
  /^_{5,}\s*$/,
  /^(From|Van|Von|De)\s*:\s*\S/i,
  /^--\s?$/,
  /^(Sent from my|Verzonden vanaf mijn|Verstuurd vanaf mijn|Von meinem .* gesendet|Gesendet von)/i,
];

const WROTE = /^(On|Op|Am)\b.*\b(wrote|schreef|schrieb|geschreven)\b/i;

/** The reply's own text: everything above what was quoted or added, without trailing blank lines. */
export function ownText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (QUOTE_START.some((rule) => rule.test(line))) break;
    // Gmail breaks a long "On …, Anna <anna@…> wrote:" over two lines.
    if (/^(On|Op|Am)\s/i.test(line) && WROTE.test(`${line} ${lines[i + 1] ?? ''}`)) break;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/** The reply split into its first word (the keyword, upper case, without punctuation) and the rest (the reaction). */
export function keywordAndRest(text: string): { keyword: string; rest: string } {
  const own = ownText(text);
  const match = /^[\s"'“„«]*([\p{L}\p{N}-]+)[\p{P}\s]*/u.exec(own);
  if (!match) return { keyword: '', rest: own };
  return { keyword: match[1]!.toLocaleUpperCase('nl'), rest: own.slice(match[0].length).trim() };
}
