import type Holidays from 'date-holidays';
import { lazyRequire } from '../lazy-require';

/**
 * date-holidays, loaded when a public holiday is first looked up instead of at every start (its
 * rules for every country cost some 230 ms to load). Loaded synchronously, through its CommonJS
 * build, because the office calendar is synchronous: the engine and the record triggers count
 * working days in the middle of a step, where nothing can wait for an import. A load in the
 * background after the start could not be awaited there, so a step in that window would count a
 * holiday as a working day; this way the first lookup pays the load once and every answer is right.
 */
export const holidaysLibrary = lazyRequire<typeof Holidays>('date-holidays');
