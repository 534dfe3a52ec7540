/** The Lab's time engine: traffic, the tick loop, one second's record. Pure TypeScript. */
export * from './types';
export * from './platform';
export * from './traffic/index';
export * from './simulateTime';
export * from './tick';
export * from './check';
export * from './trafficLength';
export * from './coldStart';
export * from './replicas/index';
export * from './decide';
