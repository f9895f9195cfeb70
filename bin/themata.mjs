#!/usr/bin/env node
// The `themata` command (`npm run themata`, or `themata` after `npm link`):
// runs the built CLI, rebuilding it first when a source changed since.
import { buildCli, CLI_BUNDLE, cliBuildIsFresh } from '../cli/build-cli.mjs';

if (!cliBuildIsFresh()) await buildCli();
await import(CLI_BUNDLE);
