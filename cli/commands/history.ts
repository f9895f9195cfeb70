/** `themata undo` and `themata redo`. */
import { type CliIo, expectPositionals, help, parse, withNotebook } from '../command';
import { printable } from '../terminal-text';

/** Undo and redo walk the same notebook history the app's Edit menu does. */
export function replay(direction: 'undo' | 'redo', args: string[], io: CliIo): Promise<number> | number {
  const parsed = parse(args, {});
  if (!parsed) return help(direction, io);
  expectPositionals(parsed, 0, 0, 'no arguments');
  return withNotebook(parsed, io, (notebook) => {
    const state = notebook.historyState();
    const label = direction === 'undo' ? state.undoLabel : state.redoLabel;
    if (direction === 'undo') notebook.undo();
    else notebook.redo();
    io.stdout(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${printable(label ?? '')}\n`);
    return 0;
  });
}
