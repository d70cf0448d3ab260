// Public surface of the shared graph model.
export * from './schema';
export * from './keys';
export * from './serialize';
export * from './random';
export * from './record';
export * from './workLabel';
export * from './layout';
