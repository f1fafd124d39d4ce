import type { TFunction } from 'i18next';

/** An item's business status in the UI language where it is one of the known words; else as the workflow wrote it. */
export const itemStatusText = (t: TFunction, status: string): string =>
  t(`itemStatuses.${status}`, { defaultValue: status });
