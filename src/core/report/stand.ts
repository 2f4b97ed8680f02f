// "As of": the day a report was made and the commit its files come from, so a printed or forwarded
// copy says itself how current it is.

export interface Stand {
  /** YYYY-MM-DD: the day the report was made (the clock kwp was given). */
  datum: string;
  /** Short hash of the commit the knowledge base is at; null outside git or before the first commit. */
  commit: string | null;
  /** Whether files under knowledge/ differ from that commit; null without a commit. */
  gewijzigd: boolean | null;
}
