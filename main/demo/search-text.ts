/**
 * The demo folds names for `search_text` with the people area's normaliser, so generated people
 * are found exactly as people entered in the app (main/search/fold.ts).
 */
export { searchTextOf } from '../search/fold.ts';
