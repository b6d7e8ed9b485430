// Integration tests start processes and wait on real servers; Jest's 5 s default is for unit tests.
jest.setTimeout(120_000);
