export * from './fields';
export * from './html-text';
export * from './render';
export * from './recipients';
export * from './sample-data';
