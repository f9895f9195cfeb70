import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ROOT = import.meta.dirname;

// Bare module names (exact) that only exist in Node or Electron.
const nodeModules = ['fs', 'path', 'os', 'child_process', 'electron', 'better-sqlite3', 'http', 'net', 'crypto', 'url', 'zlib', 'stream'];

const noElectron = (who) => ({
  paths: [{ name: 'electron', message: `${who} never imports Electron.` }],
  patterns: [{ group: ['electron/*'], message: `${who} never imports Electron.` }],
});

/** Node's modules, for code that runs in a page (the contract runs in the renderer and the preload too). */
const noNode = (who) => ({
  paths: nodeModules.filter((name) => name !== 'electron').map((name) => ({ name, message: `${who} runs without Node.` })),
  patterns: [{ group: ['node:*'], message: `${who} runs without Node.` }],
});

/**
 * One layer's import direction: its files may import only from the folders in
 * mayImport (its own among them) and from npm packages. Node's built-ins have
 * no path to restrict, and a package is best named: restrictNames covers both.
 */
function layer({ files, ignores = [], mayImport, message, restrictNames = null }) {
  const allowed = [...mayImport.map((folder) => `${ROOT}/${folder}/**`), `${ROOT}/node_modules/**`];
  return {
    files,
    ignores,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: [{ target: files, from: [`${ROOT}/**`], except: allowed, message }] }],
      ...(restrictNames ? { '@typescript-eslint/no-restricted-imports': ['error', restrictNames] } : {}),
    },
  };
}

const merge = (...parts) => ({ paths: parts.flatMap((p) => p.paths ?? []), patterns: parts.flatMap((p) => p.patterns ?? []) });

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

export default tseslint.config(
  // tooling/fixtures holds a deliberate import cycle, linted only by tooling/eslint-layers.test.ts.
  { ignores: ['node_modules', 'dist', 'release', 'build-electron', 'test-results', 'playwright-report', 'tooling/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // args: 'all' also catches an unused parameter before a used one.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'all', argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.node'] })],
    },
    rules: {
      // A cycle makes load order decide what a module sees; type-only imports are erased and do not count.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },

  // ——— Layers: who may import whom ———
  layer({
    files: ['db/**'],
    mayImport: ['db'],
    message: 'db/ is the notebook store: it imports nothing outside db/ (Node and npm packages are fine).',
    restrictNames: noElectron('db/'),
  }),
  layer({
    files: ['cli/**'],
    mayImport: ['cli', 'db'],
    message: 'The CLI is built on db/ alone.',
    restrictNames: noElectron('The CLI'),
  }),
  layer({
    files: ['electron/contract/**'],
    ignores: TESTS,
    mayImport: ['electron/contract', 'db'],
    message: 'The contract builds on db/ alone: the renderer and the preload load it.',
    restrictNames: merge(noElectron('The contract'), noNode('The contract'), {
      patterns: [{
        regex: '(^|/)db(/(?!domain$|search-query$|document-filter$|detail-groups$|agreement/domain$|agreement/readings$).*)?$',
        allowTypeImports: true,
        message: 'The contract takes only types from db/ (and the constants in db/domain.ts, the pure query reader db/search-query.ts, the document filter db/document-filter.ts, the grouping db/detail-groups.ts, and the agreement types and readings in db/agreement/): the renderer loads it.',
      }],
    }),
  }),
  // The contract's tests may compare it with the store itself.
  layer({ files: TESTS.map((t) => `electron/contract/${t}`), mayImport: ['electron/contract', 'db'], message: 'The contract builds on db/ alone.' }),
  layer({
    files: ['electron/service/**'],
    mayImport: ['electron/service', 'electron/contract', 'db'],
    message: 'electron/service is the Electron-free core: it builds on the contract and db/ alone.',
    restrictNames: noElectron('electron/service (the core the browser bridge serves too)'),
  }),
  layer({
    files: ['electron/main/**'],
    mayImport: ['electron/main', 'electron/service', 'electron/contract', 'db'],
    message: 'The main process builds on electron/service, the contract and db/.',
  }),
  layer({
    files: ['electron/bridge/**'],
    mayImport: ['electron/bridge', 'electron/service', 'electron/contract', 'db'],
    message: 'The bridge serves electron/service over loopback: it builds on the service, the contract and db/.',
    restrictNames: noElectron('The bridge (it runs under plain Node)'),
  }),
  layer({
    files: ['electron/preload/**'],
    ignores: TESTS,
    mayImport: ['electron/preload', 'electron/contract'],
    message: 'The sandboxed preload imports only electron and the contract\'s channel names.',
    restrictNames: merge(noNode('The sandboxed preload'), {
      patterns: [{
        // By name, not by path: a package resolves outside the repository when node_modules is a link.
        regex: '^(?!electron$|\\.)',
        message: 'The sandboxed preload imports no package but electron: it is bundled into one file.',
      }, {
        regex: '(^|/)contract(/(?!channel-names$).*)?$',
        allowTypeImports: true,
        message: 'The sandboxed preload takes only the channel names from the contract (types are fine): its schemas would bundle zod.',
      }],
    }),
  }),
  layer({ files: TESTS.map((t) => `electron/preload/${t}`), mayImport: ['electron/preload', 'electron/contract'], message: 'The preload\'s tests see only the preload and the contract.' }),
  layer({
    files: ['renderer/**'],
    mayImport: ['renderer', 'electron/contract'],
    message: 'The renderer may import only electron/contract.',
  }),
  {
    files: ['bench/**', 'e2e/**', 'electron/tooling/**', 'electron/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        basePath: ROOT,
        zones: [{ target: ['bench/**', 'e2e/**', 'electron/tooling/**', 'electron/*.ts'], from: [`${ROOT}/renderer/**`], message: 'Drive the renderer through its page, not its modules.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer runs sandboxed: it reaches the notebook only through window.themata.
      'no-restricted-imports': ['error', {
        paths: nodeModules.map((name) => ({ name, message: 'The renderer has no Node or Electron: go through renderer/lib/themata.' })),
        patterns: [
          { group: ['node:*'], message: 'The renderer has no Node: go through renderer/lib/themata.' },
          { group: ['**/db', '**/db/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/bridge/**', '**/electron/service/**'], message: 'The renderer may import only electron/contract.' },
        ],
      }],
    },
  },
);
