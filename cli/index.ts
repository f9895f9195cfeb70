/** The `themata` command: the same notebook code the desktop app uses, from a terminal. */
import { readStdin, runCli } from './run';

/**
 * A reader that stops early (`themata stats | head -1`) closes the pipe, and
 * writing to it fails with EPIPE. That is not an error: the rest of the output
 * is dropped, the command finishes what it was doing (a change is never cut in
 * half), and the exit status is the command's own, 0 on success, as for
 * `grep ... | head`. Any other write error is still a failure.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: quietWhenClosed(process.stdout),
  stderr: quietWhenClosed(process.stderr),
  stdin: readStdin,
  env: process.env,
});
