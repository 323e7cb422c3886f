/** The writes of one uninterrupted story: how many, and which of them moved money. */
export interface WriteLog {
  total: number;
  payments: number[];
}

/** Reads the log the app writes with ASSIST_WRITE_LOG: "N<TAB>statement" per write. */
export function parseWriteLog(text: string): WriteLog {
  const lines = text.split('\n').filter(Boolean);
  const payments = lines
    .filter((line) => /INSERT INTO sb_(credits|refunds)\b/.test(line))
    .map((line) => Number(line.split('\t')[0]));
  return { total: lines.length, payments };
}

/**
 * Where to kill in each run: half of the runs spread evenly over every write of the story, the other
 * half on the writes just before, at and after each payment (the milliseconds around the money write).
 */
export function killPoints(log: WriteLog, runs: number): number[] {
  const around = log.payments
    .flatMap((at) => [at - 2, at - 1, at, at + 1, at + 2, at + 3])
    .filter((at) => at >= 1 && at <= log.total);
  return Array.from({ length: runs }, (_, run) =>
    run % 2 === 1 && around.length > 0
      ? around[Math.floor(run / 2) % around.length]!
      : 1 + Math.floor(((run >> 1) * log.total) / Math.max(1, Math.ceil(runs / 2))),
  );
}
