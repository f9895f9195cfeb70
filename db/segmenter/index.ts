export { segmentInBatches, segmentParagraph, segmentText, type SentenceSpan } from './segment';
export { splitParagraphs, wrapWidth, type ParagraphRange } from './paragraphs';
