export { buildClaims } from './build-claims.js';
