/** Replica models (web server, LLM server) behind one registry, their contract, and the GPU profiles. */
export * from './types';
export * from './registry';
export * from './profiles';
export { selectKth, nearestRank } from './select';
