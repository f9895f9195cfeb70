export { markdownChunks, renderMarkdown, type ExportSource, type MarkdownOptions } from './markdown';
export { writeFileAtomic, type WriteOptions } from './atomic-write';
export type { ExportSnapshot, SnapshotDetails, SnapshotDocument, SnapshotMemo, SnapshotSentence, SnapshotTheme } from './snapshot';
export { checkExportOptions, exportFileName, exportWriters, type ExportOptions, type ExportPreview } from './formats';
export type { JsonDocument, JsonTagRow, JsonTheme, TagsJson, ThemeCountsJson } from './json';
