/** Subscriptions to published libraries (docs/subscriptions.md). */
export * from './diff';
export * from './http';
export * from './messages';
export * from './parse';
export * from './refresh';
export * from './store';
export * from './url';
