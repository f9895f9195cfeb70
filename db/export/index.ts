export { markdownChunks, renderMarkdown, type ExportSource, type MarkdownOptions } from './markdown';
export { writeFileAtomic, type WriteOptions } from './atomic-write';
export type { ExportSnapshot, SnapshotDocument, SnapshotSentence, SnapshotTheme } from './snapshot';
