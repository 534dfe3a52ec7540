/** Traffic for the Lab: named scenarios and rate profiles, CSV profiles, and request lists (traces). */
export * from './traffic';
export * from './csv';
export * from './requests';
export * from './traces';
export * from './requestCsv';
