/** One figure a benchmark reports, e.g. { value: 1.8, unit: 'ms' }. */
export interface Metric {
  value: number;
  unit: string;
}

export type Metrics = Record<string, Metric>;

/** A benchmark suite: `npm run bench` runs each and merges their metrics. */
export interface Benchmark {
  name: string;
  /** Why this machine cannot run the suite (a missing browser, say), or null when it can. */
  unavailable?(): string | null;
  run(): Promise<Metrics>;
}
