export * from './connections';
export * from './context';
export * from './findings';
export * from './graph';
export * from './validate';
