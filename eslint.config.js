import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare module names (exact) that only exist in Node or Electron.
const nodeModules = ['fs', 'path', 'os', 'child_process', 'electron', 'better-sqlite3', 'http', 'net', 'crypto', 'url', 'zlib', 'stream'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'build-electron', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
          { group: ['**/db', '**/db/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/bridge/**'], message: 'The renderer may import only electron/contract.' },
        ],
      }],
    },
  },
  {
    files: ['db/**/*.ts', 'electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'db/ and the contract never import Electron.' }],
        patterns: [{ group: ['**/electron/main/**', '**/electron/preload/**', '**/electron/bridge/**'], message: 'db/ and the contract never import the desktop shell.' }],
      }],
    },
  },
);
