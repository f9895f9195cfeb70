/**
 * The contract's channel and event names, without their schemas. The
 * sandboxed preload needs only the names, and importing channels.ts would
 * bundle zod into it. The checks at the end keep each list equal to its
 * table in channels.ts, both ways, when the contract changes.
 */
import type { channels, events } from './channels';

export const CHANNEL_NAMES = [
  'notebook:info',
  'notebook:open',
  'notebook:create',
  'notebook:accept-open',
  'notebook:salvage',
  'documents:list',
  'documents:import-text',
  'documents:delete',
  'documents:set-details',
  'documents:rename-attribute',
  'documents:mark-coded',
  'sentences:page',
  'sentences:matching',
  'themes:list',
  'themes:add',
  'themes:update',
  'themes:reorder',
  'themes:move',
  'themes:create-and-tag',
  'themes:merge',
  'themes:delete',
  'themes:counts',
  'tags:toggle',
  'notes:set',
  'coders:list',
  'coders:set-current',
  'coders:set-view',
  'memos:get',
  'memos:set',
  'search',
  'search:memos',
  'retrieve:summary',
  'retrieve:page',
  'stats',
  'history:state',
  'history:undo',
  'history:redo',
  'export:preview',
  'export:save',
  'export:file',
  'backups:list',
  'backups:restore',
  'shell:reveal',
  'shell:open-link',
  'imports:choose',
  'imports:start-sending',
  'imports:send-files',
  'imports:current',
  'imports:progress',
  'imports:cancel',
  'imports:import-anyway',
  'projects:choose',
  'projects:import-sent',
  'merge:choose',
  'merge:sent',
  'agreement:coders',
  'agreement:report',
  'agreement:disagreements',
  'agreement:settle',
  'agreement:markdown',
  'agreement:save-markdown',
] as const;

export const EVENT_NAMES = ['notebook:opened', 'notebook:open-requested', 'menu:command'] as const;

/** true when Listed and Declared are the same names; otherwise the names one has and the other lacks. */
type SameNames<Listed, Declared> = [Exclude<Listed, Declared>, Exclude<Declared, Listed>] extends [never, never]
  ? true
  : { listedButNotDeclared: Exclude<Listed, Declared>; declaredButNotListed: Exclude<Declared, Listed> };

// A channel or event added to (or removed from) the contract but not here fails to compile, naming it.
const _channelNamesMatch: SameNames<(typeof CHANNEL_NAMES)[number], keyof typeof channels> = true;
const _eventNamesMatch: SameNames<(typeof EVENT_NAMES)[number], keyof typeof events> = true;
