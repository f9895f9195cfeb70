/** The command line of `npm run dev:web`. */
import path from 'node:path';

export interface DevWebArgs {
  notebookPath: string | null;
  port: number | undefined;
  /** --read-only: open the notebook for reading, to see the read-only workspace. */
  readOnly: boolean;
}

export function parseDevWebArgs(argv: readonly string[]): DevWebArgs | { error: string } {
  let notebookPath: string | null = null;
  let port: number | undefined;
  let readOnly = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const [name, inline] = argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s, 2) : [argument, undefined];
    const value = () => inline ?? argv[++index];
    if (name === '--notebook') {
      const given = value();
      if (!given) return { error: '--notebook needs a path to a .themata file.' };
      notebookPath = path.resolve(given);
    } else if (name === '--port') {
      const given = Number(value());
      if (!Number.isInteger(given) || given < 0 || given > 65535) return { error: '--port needs a number from 0 to 65535.' };
      port = given;
    } else if (name === '--read-only' && inline === undefined) {
      readOnly = true;
    } else {
      return { error: `Unknown option ${JSON.stringify(argument)}; use --notebook PATH, --port N or --read-only.` };
    }
  }
  return { notebookPath, port, readOnly };
}
