export * from './config';
export * from './compose';
export * from './gateway-server';
