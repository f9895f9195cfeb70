#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npm link` gives a `themata` command in a checkout.
import { register } from 'tsx/esm/api';

register();
await import('../cli/index.ts');
