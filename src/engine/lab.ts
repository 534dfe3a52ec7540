/** The whole engine, the Lab's second clock included (time, policies, formats): for the Lab's chunks, the CLI and tests. */
export * from './index';
export * from './policies';
export * from './time';
export * from './formats';
