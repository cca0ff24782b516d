/** Sizes of a plan's and a member's fields (shared by the sync schema and the requests). */
export const CALENDAR_LIMITS = {
  title: 200,
  caption: 20_000,
  notes: 5_000,
  comments: 500,
  commentText: 5_000,
  exceptions: 1_000,
  rule: 500,
  displayName: 100,
} as const;
