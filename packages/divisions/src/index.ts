export * from './codes';
export * from './demo-county';
export * from './importer';
