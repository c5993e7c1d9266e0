export { openPgStore } from './pg-store.js';
export { openSqliteStore } from './sqlite-store.js';
export type * from './store.js';
