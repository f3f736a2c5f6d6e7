export * from './bearer-token';
export * from './passwords';
export * from './roles';
export * from './signing-key';
export * from './token-issuer';
export * from './token-verifier';
export * from './viewer';
