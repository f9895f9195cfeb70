/**
 * Salvage offered by the main process itself, where no page can show it: at
 * start-up and for Open Recent before the window has loaded. The boxes are
 * plain data built here; index.ts only shows them.
 */
import path from 'node:path';
import { CONTROL_CHARACTER, DIRECTION_CONTROL, type SalvageReport } from '../contract';
import { isNotebookError, type NotebookError } from '../../db';
import { withNotebookExtension } from '../service/notebook-session';
import { salvagedNotebookPath } from '../service/salvage';
import type { MessageBox } from './dialogs';

export interface SalvagePromptDeps {
  /** Shows a message box; resolves to the index of the button chosen. */
  ask: (box: MessageBox) => Promise<number>;
  /** The save dialog for the new notebook, starting at defaultPath; null when cancelled. */
  chooseTarget: (defaultPath: string) => Promise<string | null>;
  salvage: (source: string, target: string) => SalvageReport;
  /** A salvage that failed, in its one sentence. */
  report: (error: NotebookError) => void;
  /** Tells whether a file exists, for the suggested name. */
  exists?: (file: string) => boolean;
}

const SALVAGE = 0;

/** Why the notebook was refused, in plain words, and the way out. */
export function refusalBox(error: NotebookError, source: string): MessageBox {
  const name = path.basename(source);
  const untrusted = error.code === 'untrusted-notebook';
  return {
    type: 'warning',
    message: untrusted ? `Themata did not open “${name}”` : `“${name}” is damaged`,
    detail: untrusted
      ? 'The file contains instructions that Themata did not write, so it was not opened, to protect your work. ' +
        'Salvage a Copy makes a new notebook with the documents, themes, tags and notes Themata understands, without running those instructions. The file itself is left as it is.'
      : 'Part of the file cannot be read, so Themata did not open it and wrote nothing to it. ' +
        'Salvage a Copy makes a new notebook with everything that can still be read; restoring a backup of the notebook is the other way out.',
    buttons: ['Salvage a Copy…', 'Cancel'],
    defaultId: SALVAGE,
    cancelId: 1,
  };
}

/** What was copied and what was left out, once the copy exists. */
export function reportBox(report: SalvageReport): MessageBox {
  const { copied } = report;
  const lines = [
    `Copied ${count(copied.documents, 'document')}, ${count(copied.sentences, 'sentence')}, ${count(copied.themes, 'theme')}, ` +
      `${count(copied.tags, 'tag')}, ${count(copied.notes, 'note')}` +
      (copied.details > 0 ? `, ${count(copied.details, 'document detail')}` : '') +
      (copied.memos > 0 ? `, ${count(copied.memos, 'memo')}` : '') +
      ` and ${count(copied.historyEntries, 'history entry', 'history entries')} into ${report.target}.`,
  ];
  if (report.leftOut.length > 0) lines.push('', 'Left out:', ...report.leftOut.map((line) => `• ${visible(line)}`));
  return {
    type: 'info',
    message: `Salvaged into “${path.basename(report.target)}”`,
    detail: lines.join('\n'),
    buttons: ['OK'],
    defaultId: 0,
    cancelId: 0,
  };
}

/**
 * Offers to salvage a refused notebook, and does it if the researcher agrees.
 * Resolves to the new notebook's path, or null when they decline, cancel, or
 * the salvage fails (which is reported).
 */
export async function offerSalvage(error: NotebookError, source: string, deps: SalvagePromptDeps): Promise<string | null> {
  if ((await deps.ask(refusalBox(error, source))) !== SALVAGE) return null;
  const chosen = await deps.chooseTarget(salvagedNotebookPath(source, deps.exists));
  if (chosen === null) return null;
  let report: SalvageReport;
  try {
    report = deps.salvage(source, withNotebookExtension(path.resolve(chosen)));
  } catch (failure) {
    if (!isNotebookError(failure)) throw failure;
    deps.report(failure);
    return null;
  }
  await deps.ask(reportBox(report));
  return report.target;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

const INVISIBLE = new RegExp(`${CONTROL_CHARACTER.source}|${DIRECTION_CONTROL.source}`, 'g');

/** Names from a hostile file cannot reorder or hide the text around them. */
function visible(line: string): string {
  return line.replace(INVISIBLE, '�');
}
