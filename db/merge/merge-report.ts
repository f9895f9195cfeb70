/** What a merge did, for the researcher: what matched, what was added (per coder), and what was left out and why. */

export interface CoderAdditions {
  coder: string;
  tags: number;
  notes: number;
  doneMarks: number;
}

export interface LeftOut {
  what: 'themes' | 'tags' | 'notes' | 'done marks';
  count: number;
  /** Why, in a phrase that follows "left out: ". */
  reason: string;
}

export interface MergeReport {
  /** The other file's name. */
  file: string;
  matched: {
    /** Documents whose text is already in this notebook. */
    documents: number;
    /** Themes already in the codebook (same GUID, or same name in the same place). */
    themes: number;
  };
  added: {
    /** Titles of the documents new to this notebook, imported. */
    documents: string[];
    /** Names of the themes new to the codebook. */
    themes: string[];
    tags: number;
    notes: number;
    doneMarks: number;
    /** Per coder, by name. */
    coders: CoderAdditions[];
  };
  /** The other file's work this notebook already holds: a second merge of the same file finds everything here. */
  alreadyPresent: { tags: number; notes: number; doneMarks: number };
  leftOut: LeftOut[];
  /** What the file holds that Themata does not carry over (memos, codings of a whole source), one line each. */
  notCarried: string[];
  /** Worth knowing, changing nothing: a theme matched by name that sits elsewhere in this codebook. */
  remarks: string[];
  /** Whether the merge changed the notebook at all. */
  changed: boolean;
}
