/**
 * How a search query is read, for the page to say so as the researcher types:
 * the store's own parser (pure, no Node), so the explanation and the results
 * can never disagree.
 */
export { readSearch, type SearchReading } from '../../db/search-query';
