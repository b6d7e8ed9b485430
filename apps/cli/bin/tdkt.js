#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry point: the CLI runs its TypeScript sources directly, like the other apps */
require('@swc-node/register');
require('../src/main.ts');
