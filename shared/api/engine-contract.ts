import { z } from 'zod';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const EngineStatus = z.object({
  /** Paused: no timers fire, nothing is delivered or sent; people's actions are still taken and their messages wait. */
  paused: z.boolean(),
  /** Messages queued or being sent. */
  waitingMessages: z.number().int(),
  /** Items running, in error, or ended with effects still to carry out. */
  openItems: z.number().int(),
  /** Waits and deadlines still to come. */
  timers: z.number().int(),
});
export type EngineStatus = z.infer<typeof EngineStatus>;

/** The workflow engine as a whole: its state, and pausing it (the tray's toggle). */
export const engineContract = {
  'engine.status': method(z.object({}).strict(), EngineStatus),
  'engine.pause': method(z.object({ paused: z.boolean() }).strict(), EngineStatus),
} as const;
