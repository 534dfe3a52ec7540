/** The Lab's controllers: the contract, each policy model, and the registry. */
export * from './types';
export * from './lessonTime';
export * from './threshold';
export * from './targetTracking';
export * from './hpa';
export * from './kpa';
export * from './ray';
export * from './sagemaker';
export * from './hpa';
export * from './kpa';
export * from './ray';
export * from './signals';
export * from './aibrixApa';
export * from './aibrixKpa';
export * from './llmdSaturation';
export * from './dynamoPlanner';
export * from './registry';
