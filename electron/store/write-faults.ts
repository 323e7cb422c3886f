import fs from 'node:fs';
import type { Database } from './database';

/**
 * Durability testing, off unless its variables are set: `ASSIST_KILL_AT_WRITE=N` kills the process
 * (SIGKILL: no cleanup, no flush) just before its Nth write statement, counted from when the database
 * was opened; `ASSIST_WRITE_LOG=FILE` appends one line per write (its number and statement) so a test
 * can aim at the writes around a given one, such as a payment.
 */
export function injectWriteFaults(db: Database, env: NodeJS.ProcessEnv = process.env): void {
  const killAt = env.ASSIST_KILL_AT_WRITE ? Number(env.ASSIST_KILL_AT_WRITE) : null;
  const log = env.ASSIST_WRITE_LOG;
  if (killAt === null && !log) return;
  let writes = 0;
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    if (statement.reader) return statement;
    const run = statement.run.bind(statement);
    statement.run = ((...params: unknown[]) => {
      writes += 1;
      if (writes === killAt) process.kill(process.pid, 'SIGKILL');
      if (log) fs.appendFileSync(log, `${writes}\t${source.replace(/\s+/g, ' ').trim().slice(0, 60)}\n`);
      return run(...params);
    }) as typeof statement.run;
    return statement;
  }) as typeof db.prepare;
}
