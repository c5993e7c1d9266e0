export * from './annotations.js';
export * from './diagnostic.js';
export * from './document.js';
export * from './errors.js';
export * from './ids.js';
export * from './shared-data.js';
export * from './span.js';
export * from './time-value.js';
