/** The scaling engine's public surface. Pure TypeScript: no React, DOM, store, chart or editor imports. */
export * from './lesson/config';
export * from './lesson/validate';
export * from './lesson/simulate';
export * from './lesson/step';
export * from './lesson/table';
export * from './lesson/moments';
export * from './lesson/code';
export * from './format';
export * from './lesson/presets';
export * from './seed';
// Also pure and part of the engine, imported by path so the first screen does not carry them:
// './traceFormat' (the CLI's and export's text formats), './lesson/loadsText' (loads typed as text), './narration',
// './provisioning', './endpointModel', and the Lab's second clock: './time', './policies', './formats' (yaml and
// papaparse stay in the Lab's chunks).
