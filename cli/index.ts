/** The `themata` command: the same notebook code the desktop app uses, from a terminal. */
import { readStdin, runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin,
  env: process.env,
});
