/** The scaling engine's public surface. Pure TypeScript: no React, DOM, store, chart or editor imports. */
export * from './config';
export * from './validate';
export * from './simulate';
export * from './step';
export * from './table';
export * from './moments';
export * from './code';
export * from './format';
export * from './presets';
export * from './seed';
