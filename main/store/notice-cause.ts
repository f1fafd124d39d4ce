import type { NoticeCause } from '@shared/model/store-notice';

/** Why decoding failed, as a cause for a notice: text that is not JSON, or JSON that is not what we expect. */
export const causeOf = (error: unknown): NoticeCause =>
  error instanceof SyntaxError || (error instanceof Error && error.cause instanceof SyntaxError)
    ? 'notJson'
    : 'notValid';
