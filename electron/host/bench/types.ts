/** One figure a benchmark reports, e.g. { value: 1.8, unit: 'ms' }. */
export interface Metric {
  value: number;
  unit: string;
}

export type Metrics = Record<string, Metric>;

/** A benchmark suite: `npm run bench` runs each and merges their metrics. */
export interface Benchmark {
  name: string;
  run(): Promise<Metrics>;
}
