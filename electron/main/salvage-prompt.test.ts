import { describe, expect, it, vi } from 'vitest';
import type { SalvageReport } from '../contract';
import { NotebookError } from '../../db';
import { offerSalvage, refusalBox, reportBox, type SalvagePromptDeps } from './salvage-prompt';

const report: SalvageReport = {
  source: '/d/Received.themata',
  target: '/d/Received (salvaged).themata',
  copied: { documents: 1, sentences: 13, themes: 4, tags: 3, notes: 1, details: 0, memos: 0, historyEntries: 12 },
  leftOut: ['trigger "t", which Themata does not create (not run, not copied)'],
};

const untrusted = new NotebookError('untrusted-notebook', '/d/Received.themata holds a trigger Themata did not create.');
const damaged = new NotebookError('notebook-damaged', '/d/Received.themata is damaged.');

function deps(answers: number[], target: string | null = '/d/Received (salvaged).themata'): SalvagePromptDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    ask: vi.fn(async (box) => {
      asked.push(box.message);
      return answers.shift() ?? 0;
    }),
    chooseTarget: vi.fn(async () => target),
    salvage: vi.fn(() => report),
    report: vi.fn(),
    exists: () => false,
  };
}

describe('the refusal box', () => {
  it('says in plain words why an untrusted notebook was not opened, and offers the salvage', () => {
    const box = refusalBox(untrusted, '/d/Received.themata');
    expect(box.message).toBe('Themata did not open “Received.themata”');
    expect(box.detail).toMatch(/instructions that Themata did not write, so it was not opened, to protect your work/);
    expect(box.buttons).toEqual(['Salvage a Copy…', 'Cancel']);
    expect(box.cancelId).toBe(1);
  });

  it('says a damaged notebook is damaged, and names restoring a backup as the other way', () => {
    const box = refusalBox(damaged, '/d/Received.themata');
    expect(box.message).toBe('“Received.themata” is damaged');
    expect(box.detail).toMatch(/restoring a backup/);
  });
});

describe('the report box', () => {
  it('counts what was copied and lists what was left out', () => {
    const box = reportBox(report);
    expect(box.message).toBe('Salvaged into “Received (salvaged).themata”');
    expect(box.detail).toContain('Copied 1 document, 13 sentences, 4 themes, 3 tags, 1 note and 12 history entries');
    expect(box.detail).toContain('Left out:\n• trigger "t"');
  });

  it('shows control and direction characters from a hostile file as replacement marks', () => {
    const box = reportBox({ ...report, leftOut: ['trigger "\u202eevil", which Themata does not create\u001b[2J'] });
    expect(box.detail).toContain('trigger "�evil", which Themata does not create�[2J');
  });
});

describe('offerSalvage', () => {
  it('salvages into the chosen file, shows the report, and gives the new notebook', async () => {
    const d = deps([0, 0], '/d/Rescued');
    expect(await offerSalvage(untrusted, '/d/Received.themata', d)).toBe(report.target);
    expect(d.chooseTarget).toHaveBeenCalledWith('/d/Received (salvaged).themata');
    expect(d.salvage).toHaveBeenCalledWith('/d/Received.themata', '/d/Rescued.themata');
    expect(d.asked).toEqual(['Themata did not open “Received.themata”', 'Salvaged into “Received (salvaged).themata”']);
  });

  it('does nothing when the researcher cancels the offer or the save dialog', async () => {
    const declined = deps([1]);
    expect(await offerSalvage(damaged, '/d/Received.themata', declined)).toBeNull();
    expect(declined.chooseTarget).not.toHaveBeenCalled();
    const cancelled = deps([0], null);
    expect(await offerSalvage(damaged, '/d/Received.themata', cancelled)).toBeNull();
    expect(cancelled.salvage).not.toHaveBeenCalled();
  });

  it('reports a salvage that fails, and gives nothing to open', async () => {
    const d = deps([0]);
    const exists = new NotebookError('file-exists', '/d/Received (salvaged).themata already exists.');
    d.salvage = vi.fn(() => {
      throw exists;
    });
    expect(await offerSalvage(untrusted, '/d/Received.themata', d)).toBeNull();
    expect(d.report).toHaveBeenCalledWith(exists);
  });
});
