/**
 * A notebook Themata refuses (SQL it did not write, or damage) is not a dead
 * end: the workspace says why in plain words and offers a salvaged copy,
 * which opens with the documents, tags and notes Themata understands, while
 * the refused file stays exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { damagedNotebook, openNotebookFromToolbar, plant, receivedNotebook, untrustedNotebook } from './refused-notebook';
import { ROOT } from './target';

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', name) });

test('a notebook with a planted trigger is refused, salvaged into a copy, and the copy opens with its tags and notes', async ({ page, themata }) => {
  const received = untrustedNotebook(themata.folder);
  const before = fs.readFileSync(received);
  const copy = path.join(themata.folder, 'Received (salvaged).themata');
  await themata.answerDialogs({ notebookToOpen: received, newNotebookPath: copy });

  await openNotebookFromToolbar(page);
  const offer = page.getByRole('dialog', { name: 'Themata didn’t open “Received”' });
  await expect(offer).toContainText('This file contains instructions that Themata did not write');
  await expect(offer).toContainText('To protect your work, Themata did not open it');
  await expect(offer.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // The workspace stays on the notebook it had open.
  await expect(page.getByRole('button', { name: 'Notebook: Study' })).toBeAttached();
  await screenshot(page, 'salvage-offer.png');

  await offer.getByRole('button', { name: 'Salvage a copy…' }).click();
  const report = page.getByRole('dialog', { name: 'Salvaged into “Received (salvaged)”' });
  const copied = report.getByRole('region', { name: 'Copied' });
  for (const count of ['1 document', '13 sentences', '4 themes', '1 tag', '1 note']) await expect(copied).toContainText(count);
  await expect(report.getByRole('region', { name: 'Left out' })).toContainText('trigger "t", which Themata does not create (not run, not copied)');
  await screenshot(page, 'salvage-report.png');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(report).toBeHidden();

  // The workspace is on the copy: its document, its tag, its note.
  await expect(page.getByRole('button', { name: 'Notebook: Received (salvaged)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Documents' })).toContainText('1 tagged · 1 note');
  await expect(page.getByRole('list', { name: 'Themes of sentence 2' }).getByRole('listitem', { name: 'Theme: Missile claims' })).toBeVisible();
  // Ben's note, read-only under the coder's own place.
  await expect(page.getByRole('note', { name: 'ben’s note on sentence 2' })).toContainText('Both claims in one sentence.');

  // The copy runs no planted SQL: tagging keeps the note.
  await page.getByRole('document', { name: 'Reader' }).locator('[data-sentence-number="3"]').click();
  await page.keyboard.press('2');
  await expect(page.getByRole('list', { name: 'Themes of sentence 3' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'ben’s note on sentence 2' })).toBeVisible();

  expect(fs.readFileSync(received).equals(before)).toBe(true);
  expect(themata.pageErrors).toEqual([]);
});

test('cancelling the offer, or the save dialog, leaves the workspace where it was', async ({ page, themata }) => {
  const received = receivedNotebook(themata.folder);
  plant(received, 'CREATE VIEW v AS SELECT * FROM notes;');
  await themata.answerDialogs({ notebookToOpen: received, newNotebookPath: null });

  await openNotebookFromToolbar(page);
  const offer = page.getByRole('dialog', { name: 'Themata didn’t open “Received”' });
  await offer.getByRole('button', { name: 'Salvage a copy…' }).click();
  // The save dialog was cancelled: the offer stays, nothing was written.
  await expect(offer.getByRole('button', { name: 'Salvage a copy…' })).toBeEnabled();
  await offer.getByRole('button', { name: 'Cancel' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByRole('button', { name: 'Notebook: Study' })).toBeVisible();
  expect(fs.readdirSync(themata.folder).filter((name) => name.includes('salvaged'))).toEqual([]);
});

test('a damaged notebook is named as damaged, with a backup as the other way out', async ({ page, themata }) => {
  const { file: received, bytes } = damagedNotebook(themata.folder);
  await themata.answerDialogs({ notebookToOpen: received, newNotebookPath: path.join(themata.folder, 'Rescued.themata') });

  await openNotebookFromToolbar(page);
  const offer = page.getByRole('dialog', { name: '“Received” is damaged' });
  await expect(offer).toContainText('Themata did not open it and wrote nothing to it');
  await expect(offer).toContainText('restore a backup');
  await offer.getByRole('button', { name: 'Salvage a copy…' }).click();
  const report = page.getByRole('dialog', { name: 'Salvaged into “Rescued”' });
  await expect(report.getByRole('region', { name: 'Copied' })).toContainText('13 sentences');
  await expect(report.getByRole('region', { name: 'Left out' })).toContainText('unreadable');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Notebook: Rescued' })).toBeVisible();
  expect(fs.readFileSync(received).equals(bytes)).toBe(true);
});
