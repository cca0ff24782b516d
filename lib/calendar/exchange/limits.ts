/** A plan may fill a few rows; a file of this many plans is a year of a busy team's posts. */
export const MAX_IMPORTED_PLANS = 2_000;
