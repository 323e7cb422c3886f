/** What a built-in suite reports: the public `--json` shape plus rows for the printed table. */
export interface SuiteResult {
  json: { suite: string; note: string; metrics: Record<string, unknown>; failures: unknown[] };
  /** The printed table, header first. */
  table: string[][];
}
