export * from './fields';
export * from './names';
export * from './references';
export * from './email-resolution';
