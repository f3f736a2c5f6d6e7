export * from './codes';
export * from './division-data';
export * from './division-record';
export * from './importer';
export * from './demo';
export * from './prng';
