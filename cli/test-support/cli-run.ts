/** Runs the CLI in this process against a temporary notebook, as a researcher's terminal would. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { useTemporaryFolder } from '../../db/test-support/temporary-notebook';
import { runCli } from '../run';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], options: { stdin?: string | Buffer; home: string }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: () => Buffer.from(options.stdin ?? ''),
    env: { THEMATA_HOME: options.home, THEMATA_CODER: 'ana' },
  });
  return { code, stdout, stderr };
}

/** Exactly one line on stderr, no stack frames. */
export function expectOneClearLine(run: Run, pattern: RegExp): void {
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

/** A refusal as the CLI must give it: one clear line, exit status 1, and the notebook exactly as it was. */
export async function expectRefusedUnchanged(notebook: CliNotebook, argv: string[], pattern: RegExp): Promise<void> {
  const before = await notebook.snapshot();
  const run = await notebook.run(...argv);
  expectOneClearLine(run, pattern);
  expect(run.code).toBe(1);
  expect(await notebook.snapshot()).toBe(before);
}

export interface CliNotebook {
  home: string;
  notebook: string;
  /** Runs a command on this notebook. */
  run: (...argv: string[]) => Promise<Run>;
  /** Runs a command on this notebook with `stdin` as its standard input. */
  runWithInput: (stdin: string | Buffer, ...argv: string[]) => Promise<Run>;
  /** Writes a file into the temporary folder and returns its path. */
  write: (name: string, content: string | Buffer) => string;
  /** What the notebook holds (counts, documents, codebook, tagged sentences with their notes), to compare before and after a refusal. */
  snapshot: () => Promise<string>;
}

/** A fresh folder per test, with a notebook path in it (created by the first command that writes). */
export function useCliNotebook(): () => CliNotebook {
  const folder = useTemporaryFolder();
  return () => {
    const home = folder();
    const notebook = path.join(home, 'study.themata');
    const runWithInput = (stdin: string | Buffer, ...argv: string[]) => cli([...argv, '--notebook', notebook], { home, stdin });
    const run = (...argv: string[]) => runWithInput('', ...argv);
    const write = (name: string, content: string | Buffer) => {
      const file = path.join(home, name);
      fs.writeFileSync(file, content);
      return file;
    };
    const snapshot = async () => {
      let all = '';
      for (const argv of [['stats', '--json'], ['documents'], ['themes'], ['export']]) all += (await run(...argv)).stdout;
      // The export names the moment it was made; nothing else in it may change.
      return all.replace(/^exported-at: .*$/m, '');
    };
    return { home, notebook, run, runWithInput, write, snapshot };
  };
}
