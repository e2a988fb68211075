/** One row of a versification data table: OSIS id, testament, verse count of each chapter. */
export type BookRow = readonly [osis: string, testament: 'ot' | 'nt', verses: readonly number[]];
