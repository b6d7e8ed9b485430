// The API's building blocks, for suites that build the application inside the test process.
export * from './api-config';
export * from './app.module';
export * from './configure-app';
export * from './auth/access.decorators';
export * from './auth/scoped-resource';
export * from './auth/resource-unit-lookup';
export * from './auth/route-catalog';
