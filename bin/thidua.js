#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so there is no separate server build to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
