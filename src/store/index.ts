export { openSqliteStore } from './sqlite-store.js';
export type * from './store.js';
