/** Where main/ reads the time. Tests pass a clock they can move; nothing else calls `new Date()`. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The clock's time as ISO text, for code that stamps many changes in a row: the text of the last
 * millisecond is kept, as most stamps in a busy moment fall in the same one (toISOString costs
 * more than the rest of a small change).
 */
export function isoTime(clock: Clock): () => string {
  let lastMs = Number.NaN;
  let lastText = '';
  return () => {
    const ms = clock.now().getTime();
    if (ms !== lastMs) {
      lastMs = ms;
      lastText = new Date(ms).toISOString();
    }
    return lastText;
  };
}
