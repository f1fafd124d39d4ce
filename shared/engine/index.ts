export * from './conditions';
export * from './step';
export * from './types';
export * from './timers';
