/** One schema change: applied once, in version order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  up: string;
  /**
   * Runs with foreign key enforcement off (and checks the keys before committing): what rebuilding a
   * table that others reference needs, since dropping it would otherwise cascade to their rows.
   */
  rebuildsTables?: boolean;
}
