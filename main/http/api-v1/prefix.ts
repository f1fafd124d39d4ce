/** Where the API v1 is served, and its OpenAPI document under it. */
export const API_V1_PREFIX = '/api/v1';
export const OPENAPI_PATH = '/openapi.json';
/** The readable docs page, rendered from the same document (public: it holds no data). */
export const DOCS_PATH = '/docs';
/** Where the API v1 is on this computer when a loopback host at `port` serves it (Settings → API shows it). */
export const loopbackApiV1Url = (port: number) => `http://127.0.0.1:${port}${API_V1_PREFIX}`;
