/**
 * The layers' import directions, as eslint.config.js enforces them: a probe
 * file placed in each layer imports across a boundary, and lint must refuse
 * the forbidden directions and accept the allowed ones.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAYER_RULES = ['import-x/no-restricted-paths', '@typescript-eslint/no-restricted-imports', 'no-restricted-imports'];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    // The cycle fixture is skipped by the repository's own lint, not here.
    ignore: false,
    // A path the resolver cannot find escapes no-restricted-paths: every probe must resolve, or it proves nothing.
    overrideConfig: { rules: { 'import-x/no-unresolved': 'error' } },
  });
});

/** What lint says of `code` as if it were the file at `filePath`: the layer rules' messages, and imports it could not resolve. */
async function lint(filePath: string, code: string): Promise<{ layerErrors: string[]; unresolved: string[] }> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(ROOT, filePath) });
  const messages = result!.messages;
  return {
    layerErrors: messages.filter((m) => m.ruleId !== null && LAYER_RULES.includes(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`),
    unresolved: messages.filter((m) => m.ruleId === 'import-x/no-unresolved').map((m) => m.message),
  };
}

const FORBIDDEN: [string, string, string][] = [
  ['db importing the renderer', 'db/probe.ts', "import { call } from '../renderer/lib/themata';"],
  ['db importing the CLI', 'db/probe.ts', "import { run } from '../cli/run';"],
  ['db importing the contract', 'db/probe.ts', "import { channels } from '../electron/contract';"],
  ['db importing a contract type', 'db/probe.ts', "import type { Theme } from '../electron/contract';"],
  ['db importing Electron', 'db/probe.ts', "import { app } from 'electron';"],
  ['the CLI importing the contract', 'cli/probe.ts', "import { channels } from '../electron/contract';"],
  ['the CLI importing the service', 'cli/probe.ts', "import { buildHandlers } from '../electron/service/handlers';"],
  ['the contract importing a value from the store', 'electron/contract/probe.ts', "import { Notebook } from '../../db';"],
  ['the contract importing the service', 'electron/contract/probe.ts', "import { buildHandlers } from '../service/handlers';"],
  ['the contract importing Node', 'electron/contract/probe.ts', "import fs from 'node:fs';"],
  ['the preload importing db', 'electron/preload/probe.ts', "import { Notebook } from '../../db';"],
  ['the preload importing node:fs', 'electron/preload/probe.ts', "import fs from 'node:fs';"],
  ['the preload importing the contract\'s schemas', 'electron/preload/probe.ts', "import { channels } from '../contract';"],
  ['the preload importing zod', 'electron/preload/probe.ts', "import { z } from 'zod';"],
  ['the renderer importing db', 'renderer/probe.ts', "import { Notebook } from '../db';"],
  ['the renderer importing the service', 'renderer/probe.ts', "import { buildHandlers } from '../electron/service/handlers';"],
  ['the service importing Electron', 'electron/service/probe.ts', "import { ipcMain } from 'electron';"],
  ['the service importing an Electron type', 'electron/service/probe.ts', "import type { WebContents } from 'electron';"],
  ['the service importing the main process', 'electron/service/probe.ts', "import { buildMenu } from '../main/menu';"],
  ['the bridge importing Electron', 'electron/bridge/probe.ts', "import { app } from 'electron';"],
  ['the bridge importing the main process', 'electron/bridge/probe.ts', "import { buildMenu } from '../main/menu';"],
  ['the main process importing the bridge', 'electron/main/probe.ts', "import { startBridge } from '../bridge/server';"],
  ['an end-to-end test importing renderer internals', 'e2e/probe.ts', "import { call } from '../renderer/lib/themata';"],
  ['a benchmark importing renderer internals', 'bench/probe.ts', "import { call } from '../renderer/lib/themata';"],
];

const ALLOWED: [string, string, string][] = [
  ['db importing Node, npm packages and itself', 'db/probe.ts', "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { NOTEBOOK_ERROR_CODES } from './domain';"],
  ['the CLI importing db', 'cli/probe.ts', "import { Notebook } from '../db';\nimport type { Theme } from '../db/domain';"],
  ['the contract importing db\'s types and db/domain.ts', 'electron/contract/probe.ts', "import { z } from 'zod';\nimport type { Notebook } from '../../db';\nimport { NOTEBOOK_ERROR_CODES } from '../../db/domain';"],
  ['the service importing the contract and db', 'electron/service/probe.ts', "import { channels } from '../contract';\nimport { Notebook } from '../../db';"],
  ['the main process importing Electron, the service, the contract and db', 'electron/main/probe.ts', "import { app } from 'electron';\nimport { buildHandlers } from '../service/handlers';\nimport { channels } from '../contract';\nimport { Notebook } from '../../db';"],
  ['the bridge importing Node, the service, the contract and db', 'electron/bridge/probe.ts', "import http from 'node:http';\nimport { buildHandlers } from '../service/handlers';\nimport { channels } from '../contract';\nimport { Notebook } from '../../db';"],
  ['the preload importing Electron, the channel names and contract types', 'electron/preload/probe.ts', "import { contextBridge } from 'electron';\nimport { CHANNEL_NAMES } from '../contract/channel-names';\nimport type { ThemataApi } from '../contract';"],
  ['the renderer importing the contract and React', 'renderer/probe.ts', "import { useState } from 'react';\nimport { channels } from '../electron/contract';"],
  ['an end-to-end test importing db, the bridge and the tooling', 'e2e/probe.ts', "import { Notebook } from '../db';\nimport { serveNotebook } from '../electron/bridge/serve-notebook';\nimport { CHROMIUM_ARGS } from '../electron/tooling/e2e-target';"],
];

describe('the layers\' import directions', () => {
  it.each(FORBIDDEN)('refuses %s', async (_what, filePath, code) => {
    const { layerErrors, unresolved } = await lint(filePath, code);
    expect(unresolved).toEqual([]);
    expect(layerErrors).not.toEqual([]);
  });

  it.each(ALLOWED)('accepts %s', async (_what, filePath, code) => {
    expect(await lint(filePath, code)).toEqual({ layerErrors: [], unresolved: [] });
  });

  it('refuses an import cycle', async () => {
    const file = 'tooling/fixtures/import-cycle/a.ts';
    const [result] = await eslint.lintFiles([path.join(ROOT, file)]);
    expect(result!.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
