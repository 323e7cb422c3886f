import type { SystemName } from '../../shared/connections';
import type { Database } from '../store/database';
import type { CallRecord } from './http/http-client';

/** Every call to a real system, with its system and request id, for audits and support tickets. */
export class ExternalCallsRepo {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  append(record: CallRecord): void {
    this.db
      .prepare(
        `INSERT INTO external_calls (at, system, method, path, status, request_id, attempt, duration_ms, error)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        this.now().toISOString(),
        record.system,
        record.method,
        record.path,
        record.status,
        record.requestId,
        record.attempt,
        record.durationMs,
        record.error,
      );
  }

  /** The newest calls of one system (or of all), newest first. */
  list(filter: { system?: SystemName; limit?: number } = {}): (CallRecord & { at: string })[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM external_calls WHERE (@system IS NULL OR system = @system) ORDER BY id DESC LIMIT @limit`,
      )
      .all({ system: filter.system ?? null, limit: filter.limit ?? 100 }) as {
      at: string;
      system: SystemName;
      method: string;
      path: string;
      status: number | null;
      request_id: string | null;
      attempt: number;
      duration_ms: number;
      error: CallRecord['error'];
    }[];
    return rows.map((row) => ({
      at: row.at,
      system: row.system,
      method: row.method,
      path: row.path,
      status: row.status,
      requestId: row.request_id,
      attempt: row.attempt,
      durationMs: row.duration_ms,
      error: row.error,
    }));
  }
}
