/** Where main/ reads the time. Tests pass a clock they can move; nothing else calls `new Date()`. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
