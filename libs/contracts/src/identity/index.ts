export * from './roles';
export * from './permissions';
export * from './authenticated-user';
export * from './separation-of-duties';
