// Builds the `themata` command to one JavaScript file, so a run starts in tens
// of milliseconds instead of compiling TypeScript first. `npm install` runs it
// (the "prepare" script); bin/themata.mjs rebuilds when a source is newer.
// Plain JavaScript: it must run before anything is compiled.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli', 'themata.mjs');
/** The sources the bundle was built from, to tell when it is stale. */
const INPUTS = path.join(ROOT, 'dist', 'cli', 'inputs.json');

/** True when the bundle exists and no source it was built from changed since. */
export function cliBuildIsFresh() {
  let built;
  let inputs;
  try {
    built = fs.statSync(CLI_BUNDLE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  return inputs.every((input) => {
    try {
      return fs.statSync(path.join(ROOT, input)).mtimeMs <= built;
    } catch {
      return false;
    }
  });
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['cli/index.ts'],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Native code, the desktop shell the CLI never loads, and pdfjs, which loads its worker code from beside itself.
    external: ['better-sqlite3', 'electron', 'pdfjs-dist'],
    metafile: true,
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
    // Bundled CommonJS dependencies may call require().
    banner: { js: "import { createRequire as __themataRequire } from 'node:module'; const require = __themataRequire(import.meta.url);" },
  });
  // Written whole and renamed into place: a command started meanwhile never loads half a file.
  fs.mkdirSync(path.dirname(CLI_BUNDLE), { recursive: true });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  for (const [file, contents] of [[CLI_BUNDLE, result.outputFiles[0].contents], [INPUTS, JSON.stringify(inputs)]]) {
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, contents);
    fs.renameSync(temporary, file);
  }
  return CLI_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bundle = await buildCli();
  console.log(`Built ${path.relative(ROOT, bundle)} (${(fs.statSync(bundle).size / 1024).toFixed(0)} KB)`);
}
