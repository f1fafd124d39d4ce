import type { Clock } from '../../main/clock';

/** A clock that stands still until the test moves it. */
export function fakeClock(start = '2026-11-23T09:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock: Clock & { advance(ms: number): void } = {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
  return clock;
}
