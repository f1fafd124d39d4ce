import type { z } from 'zod';

/** One method of the contract: what it takes and what it answers (who may call it: access.ts). */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
