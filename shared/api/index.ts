export * from './client';
export * from './contract';
export * from './errors';
export * from './ipc';
export * from './workflow-contract';
export * from './message-contract';
export * from './item-contract';
export * from './token-contract';
