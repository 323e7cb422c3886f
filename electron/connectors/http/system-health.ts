import type { SystemName } from '../../../shared/connections';

/** How many failed calls in a row mark a system unavailable. */
const failuresBeforeUnavailable = 3;
/** How often a call may probe a system marked unavailable; others fail at once instead of waiting. */
const probeEveryMs = 30_000;

/**
 * Which real systems answer. After repeated failures a system is marked unavailable (Settings and the
 * queue show it, and the agent escalates instead of waiting on it); the next call that succeeds clears it.
 */
export class SystemHealth {
  private readonly failures = new Map<SystemName, { count: number; lastError: string; at: number }>();

  constructor(private readonly clock: () => number = Date.now) {}
  private readonly listeners = new Set<(system: SystemName, available: boolean) => void>();

  succeeded(system: SystemName): void {
    const was = this.available(system);
    this.failures.delete(system);
    if (!was) this.emit(system, true);
  }

  failed(system: SystemName, message: string): void {
    const was = this.available(system);
    const count = (this.failures.get(system)?.count ?? 0) + 1;
    this.failures.set(system, { count, lastError: message, at: this.clock() });
    if (was && !this.available(system)) this.emit(system, false);
  }

  available(system: SystemName): boolean {
    return (this.failures.get(system)?.count ?? 0) < failuresBeforeUnavailable;
  }

  /** Whether a call should go out: always while available, then one probe per interval. */
  mayTry(system: SystemName): boolean {
    const failure = this.failures.get(system);
    return this.available(system) || !failure || this.clock() - failure.at >= probeEveryMs;
  }

  lastError(system: SystemName): string | null {
    return this.failures.get(system)?.lastError ?? null;
  }

  onChange(listener: (system: SystemName, available: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(system: SystemName, available: boolean): void {
    for (const listener of this.listeners) listener(system, available);
  }
}
