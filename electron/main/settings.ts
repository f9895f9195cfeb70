/**
 * The desktop app's own small memory, in settings.json in the user data
 * folder: the last notebook, the recent list and the window's bounds. A
 * damaged file costs the researcher their recent list, never a start-up; a
 * write replaces the whole file or nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../db/export';

export const MAX_RECENT = 10;

const Bounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

// Each field falls back on its own, so one bad value does not cost the others.
const SettingsSchema = z.object({
  lastNotebook: z.string().min(1).nullable().catch(null),
  recent: z.array(z.string().min(1)).catch([]),
  windowBounds: Bounds.nullable().catch(null),
  windowMaximized: z.boolean().catch(false),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { lastNotebook: null, recent: [], windowBounds: null, windowMaximized: false };

/** Reads settings; a missing, unreadable or malformed file gives the defaults. */
export function readSettings(file: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_SETTINGS };
  const settings = SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...raw });
  return { ...settings, recent: dedupe(settings.recent).slice(0, MAX_RECENT) };
}

export function writeSettings(file: string, settings: Settings): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`, { overwrite: true });
}

/** The notebook just opened becomes the last one and heads the recent list. */
export function rememberNotebook(settings: Settings, notebookPath: string): Settings {
  const resolved = path.resolve(notebookPath);
  return { ...settings, lastNotebook: resolved, recent: dedupe([resolved, ...settings.recent]).slice(0, MAX_RECENT) };
}

/** A recent notebook that no longer opens leaves the list. */
export function forgetNotebook(settings: Settings, notebookPath: string): Settings {
  const resolved = path.resolve(notebookPath);
  return {
    ...settings,
    lastNotebook: settings.lastNotebook === resolved ? null : settings.lastNotebook,
    recent: settings.recent.filter((entry) => entry !== resolved),
  };
}

/** Holds the settings in memory and writes each change through. */
export class SettingsStore {
  #settings: Settings;

  constructor(
    private readonly file: string,
    private readonly onWriteError: (error: unknown) => void = (error) => console.error('[themata] could not save settings:', error),
  ) {
    this.#settings = readSettings(file);
  }

  get current(): Settings {
    return this.#settings;
  }

  update(change: (settings: Settings) => Settings): Settings {
    this.#settings = change(this.#settings);
    try {
      writeSettings(this.file, this.#settings);
    } catch (error) {
      // Losing the recent list is not worth interrupting the researcher for.
      this.onWriteError(error);
    }
    return this.#settings;
  }
}

function dedupe(paths: readonly string[]): string[] {
  return [...new Set(paths)];
}
