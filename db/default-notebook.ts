import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRODUCT_NAME = 'Themata';
export const NOTEBOOK_EXTENSION = '.themata';

/**
 * The user's data folder, the same one Electron's app.getPath('userData')
 * gives for this product name, so the CLI and the desktop app share a notebook.
 * THEMATA_HOME overrides it (tests, portable setups).
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.THEMATA_HOME) return env.THEMATA_HOME;
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

export function defaultNotebookPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return path.join(userDataFolder(env, platform), `Notebook${NOTEBOOK_EXTENSION}`);
}

/** Who is coding: THEMATA_CODER, else the account name. */
export function defaultCoder(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.THEMATA_CODER?.trim();
  if (fromEnv) return fromEnv;
  try {
    return os.userInfo().username || 'researcher';
  } catch {
    return 'researcher';
  }
}

export const SAMPLE_TITLE = 'Russian Federation Denies US Claim That Four Syria-Bound Missiles Crashed in Iran';
export const SAMPLE_SOURCE = 'article.txt';

export const SAMPLE_THEMES = [
  { name: 'Missile claims', colour: '#D55E00', description: 'Claims and denials about the cruise missiles fired from the Caspian Sea.' },
  { name: 'Civilian-casualty assertions', colour: '#0072B2', description: 'Statements about whether the strikes harmed civilians.' },
  { name: 'Turkey trade threats', colour: '#009E73', description: 'Turkish warnings about gas supplies, trade and the nuclear plant.' },
  { name: 'Deconfliction talks', colour: '#C2569A', description: 'Talks between militaries to avoid accidental clashes in the air.' },
] as const;

/** The sample article ships with the app; found next to the sources or the bundle. */
export function readSampleArticle(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.THEMATA_SAMPLE_ARTICLE,
    path.join(here, '..', 'sample', 'article.txt'),
    path.join(here, '..', '..', 'sample', 'article.txt'),
    path.join(here, '..', '..', '..', 'sample', 'article.txt'),
    resourcesPath() ? path.join(resourcesPath()!, 'sample', 'article.txt') : undefined,
  ].filter((c): c is string => typeof c === 'string');
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate, 'utf8');
  }
  throw new Error(`The sample article is missing; looked in ${candidates.join(', ')}`);
}

/** Where a packaged desktop app keeps its bundled files; absent under plain Node. */
function resourcesPath(): string | undefined {
  const value = (process as { resourcesPath?: unknown }).resourcesPath;
  return typeof value === 'string' ? value : undefined;
}
