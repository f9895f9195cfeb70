/**
 * Picking documents by their details, for the workspace's scope: the store's
 * own predicate (pure, no Node), so the documents the scope shows and those
 * the notebook would pick can never disagree.
 */
export { describeFilter, detailValues, isEmptyFilter, matchesFilter } from '../../db/document-filter';
