export { annotationsJson, parseAnnotations } from './annotations-json.js';
export { describeDb, isPostgresUrl, openStore, redactedUrl } from './open-store.js';
export { withPgAdvisoryLock } from './pg-advisory-lock.js';
export { openSqliteStore } from './sqlite-store.js';
export type * from './store.js';
