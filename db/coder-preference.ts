/**
 * Who is coding, remembered on this machine: a small preferences file in the
 * user data folder, shared by the desktop app, the browser workspace and the
 * CLI, so a name chosen in the app is the name the CLI codes under too. A
 * missing or damaged file costs the name, never a start-up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkCoderName } from './coder-name';
import { defaultCoder, userDataFolder } from './default-notebook';
import { writeFileAtomic } from './export/atomic-write';

export const CODER_PREFERENCE_FILE = 'coder.json';

/** Where the remembered coder is kept: coder.json in the user data folder (THEMATA_HOME when set). */
export function coderPreferenceFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return path.join(userDataFolder(env, platform), CODER_PREFERENCE_FILE);
}

/** The remembered coder's name; null when none is remembered or the file cannot be read as one. */
export function readRememberedCoder(file: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const name = typeof raw === 'object' && raw !== null && 'coder' in raw ? raw.coder : null;
  if (typeof name !== 'string') return null;
  try {
    return checkCoderName(name);
  } catch {
    return null;
  }
}

/** Remembers who is coding for the next session; the name is checked first, and a write replaces the whole file or nothing. */
export function rememberCoder(file: string, name: string): string {
  const checked = checkCoderName(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify({ coder: checked }, null, 2)}\n`, { overwrite: true });
  return checked;
}

/**
 * Who is coding when a session starts: a name given for this run (the CLI's
 * --coder), else THEMATA_CODER, else the name remembered on this machine,
 * else the account name.
 */
export function whoIsCoding(input: { given?: string | undefined; env?: NodeJS.ProcessEnv; remembered: string | null }): string {
  const env = input.env ?? process.env;
  if (input.given !== undefined) return input.given;
  if (env.THEMATA_CODER?.trim()) return defaultCoder(env);
  return input.remembered ?? defaultCoder(env);
}

/** whoIsCoding with the name remembered in this environment's user data folder. */
export function startingCoder(env: NodeJS.ProcessEnv = process.env, given?: string): string {
  return whoIsCoding({ given, env, remembered: readRememberedCoder(coderPreferenceFile(env)) });
}
