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
// Also pure and part of the engine, imported by path so the first screen does not carry them:
// './traceFormat' (the CLI's and export's text formats), './narration', './provisioning', './endpointModel',
// and the Lab's second clock: './time', './policies', './formats' (yaml and papaparse stay in the Lab's chunks).
