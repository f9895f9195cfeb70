/**
 * English abbreviations, by how they behave before a capitalised word:
 *
 * - `title`: prepositive ("Mr. Smith", "Mt. Fuji"): never ends a sentence. "St." is not
 *   one: it is also "Street", which ends sentences ("on Main St. The").
 * - `continuing`: introduces what follows ("e.g.", "vs."): never ends a sentence.
 * - `terminal`: usually closes a list ("etc."): ends a sentence before any capital.
 * - `numeric`: precedes a number ("No. 5", "Vol. II"): ends a sentence unless a number follows.
 * - `general`: may end a sentence ("Co.", "Jan.", "Inc."): only before a word that
 *   typically starts one ("Co. It closed", not "Corp. Chairman Smith").
 *
 * Multi-period abbreviations (U.S., a.m., Ph.D.) and single letters (initials)
 * are recognised by shape in the segmenter and behave as `general`.
 */
export type AbbreviationKind = 'title' | 'continuing' | 'terminal' | 'numeric' | 'general';

/** Only when capitalised: "Gen. Smith" but "in general. The", "Sat. Jan. 3" but "he sat. The". */
const CAPITALISED: Record<string, AbbreviationKind> = {};
/** In any case: "co." and "Co.", "etc." and "ETC.". */
const ANY_CASE: Record<string, AbbreviationKind> = {};

function add(table: Record<string, AbbreviationKind>, kind: AbbreviationKind, words: string): void {
  for (const word of words.split(' ')) table[word] = kind;
}

add(
  CAPITALISED,
  'title',
  'adm atty brig capt cmdr col cpl det dr drs fr gen gov hon insp lt maj messrs mlle mme mr mrs ms msgr mt pres prof pvt rep reps rev sen sens sgt supt',
);
add(CAPITALISED, 'general', 'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun');
add(ANY_CASE, 'continuing', 'e.g i.e vs cf viz approx ca incl esp resp');
add(ANY_CASE, 'terminal', 'etc');
add(ANY_CASE, 'numeric', 'no nos nr vol vols fig figs p pp art ch sec para ed eq ref tel ext');
add(
  ANY_CASE,
  'general',
  'co corp inc ltd llc plc bros jr sr esq dept univ assn al st ave blvd rd hwy ft lb lbs oz hr hrs min mins yr yrs mo mos wk wks',
);

/**
 * The kind of a word written before a period, without the period ("Mr", "e.g"),
 * or undefined when it is not a known abbreviation.
 */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  const lower = word.toLowerCase();
  const first = word.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a && Object.hasOwn(CAPITALISED, lower)) return CAPITALISED[lower];
  return Object.hasOwn(ANY_CASE, lower) ? ANY_CASE[lower] : undefined;
}
