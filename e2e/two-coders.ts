/** A notebook two coders worked in, for the Agreement view's specs and its accessibility screens. */
import type { Notebook } from '../db';

/**
 * ana and ben code the sample's 13 sentences. Missile claims: ana 1, 2, 3;
 * ben 2, 3, 4. Civilian-casualty assertions: both 5. Denials (under Missile
 * claims): ben 4. Each leaves a note on a sentence they disagree on.
 */
export function twoCoders(notebook: Notebook): void {
  const [missiles, civilians] = notebook.listThemes();
  const denials = notebook.addTheme({ name: 'Denials', colour: '#E69F00', parentId: missiles!.id });
  const sentence = (n: number) => notebook.sentenceId(1, n);
  notebook.setCoder('ana');
  notebook.tag([sentence(1), sentence(2), sentence(3)], missiles!.id);
  notebook.tag([sentence(5)], civilians!.id);
  notebook.setNote(sentence(1), 'The ministry’s own figure: a claim.');
  notebook.markDocumentCoded(1, true);
  notebook.setCoder('ben');
  notebook.tag([sentence(2), sentence(3), sentence(4)], missiles!.id);
  notebook.tag([sentence(5)], civilians!.id);
  notebook.tag([sentence(4)], denials.id);
  notebook.setNote(sentence(4), 'A denial rather than a claim?');
  notebook.markDocumentCoded(1, true);
}
