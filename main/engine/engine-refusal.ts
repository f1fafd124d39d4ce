import { ApiError } from '@shared/api/errors';
import type { EngineError } from '@shared/engine/types';

/** The engine's refusal of an event as an API error: its sentence in English, its code as the reason. */
export function engineRefusal(error: EngineError): ApiError {
  switch (error.code) {
    case 'notActive':
    case 'notRunning':
      return new ApiError('conflict', error.message, [], { reason: { key: error.code } });
    case 'reactionRequired':
      return new ApiError('invalid_input', error.message, [], { reason: { key: error.code, params: error.params } });
    case 'unknownNode':
    case 'alreadySubmitted':
      return new ApiError('invalid_input', error.message);
    default: {
      const never: never = error.code;
      return never;
    }
  }
}
