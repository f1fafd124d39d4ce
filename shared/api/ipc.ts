/** The IPC channel of one API method. Kept apart from the contract so the preload stays tiny. */
export const ipcChannel = (method: string): string => `stroomlijn:${method}`;

/** The argument by which main tells the preload which methods to expose. */
export const API_METHODS_ARG = '--stroomlijn-api-methods=';
