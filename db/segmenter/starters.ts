/**
 * Capitalised words that typically open an English sentence: pronouns,
 * determiners, conjunctions, auxiliaries, question words, sentence adverbs and
 * courtesy titles. After an ambiguous abbreviation ("U.S.", "Co.", "a.m.", an
 * initial) such a word means a new sentence ("I live in the U.S. How about
 * you?"), while a content word continues a name ("the U.S. Government").
 * Lower case keys; callers check the capital themselves.
 */
const STARTERS = new Set(
  (
    'a an the this that these those it its he she we they i you his her their our my your there here ' +
    'what when where why how who whom whose which whatever whoever but and or nor so yet if unless ' +
    'in on at as by for from with to into after before since while although though because once ' +
    'however meanwhile also still then now thus therefore moreover furthermore instead indeed later ' +
    'did do does is are was were will would can could should shall might must has have had ' +
    'not no yes some many most all each every both few several such let please today yesterday tomorrow ' +
    'mr mrs ms messrs dr'
  ).split(' '),
);

/** True when `word` (letters only, capitalised by the caller's check) typically starts a sentence. */
export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word.toLowerCase());
}

/** Prepositions that open a time or place phrase: "At 5 a.m. Mr. Smith went" is one sentence. */
const LEADING_PREPOSITIONS = new Set(['about', 'after', 'around', 'at', 'before', 'by', 'from', 'in', 'near', 'on', 'since', 'till', 'until']);

export function isLeadingPreposition(word: string): boolean {
  return LEADING_PREPOSITIONS.has(word.toLowerCase());
}
