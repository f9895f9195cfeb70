export { markdownChunks, renderMarkdown, type ExportSource, type MarkdownOptions } from './markdown';
export { writeFileAtomic, type WriteOptions } from './atomic-write';
export type { ExportSnapshot, SnapshotDetails, SnapshotDocument, SnapshotMemo, SnapshotSentence, SnapshotTheme } from './snapshot';
