export * from './conditions';
export * from './step';
export * from './types';
