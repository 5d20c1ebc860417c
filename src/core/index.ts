// The engine's public surface: everything the sheets adapter, the custom functions and the server use.
export * from './a1';
export * from './analyze';
export * from './audit';
export * from './calendar';
export * from './forecast';
export * from './i18n';
export * from './numbers';
export * from './pace';
export * from './parse';
export * from './rowPeriod';
export * from './scale';
export * from './score';
export * from './validate';
