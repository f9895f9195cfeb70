/**
 * Counts by outlet and by a researcher's variables, for the overview: the
 * store's own grouping (pure, no Node) over the counts of the scope, so the
 * overview and `themata stats` can never group differently.
 */
export { groupByDetails, type GroupedDetails } from '../../db/detail-groups';
