import type { AppError, ErrorCode } from '../../shared/result';

/** Codes a connector may fail with; `unavailable` and `timeout` are transient and reads retry them. */
export type ToolErrorCode = Extract<
  ErrorCode,
  'not_found' | 'conflict' | 'bad_request' | 'forbidden' | 'timeout' | 'unavailable'
>;

/** A failure a connector reports on purpose: a missing record, a refused state change, an outage. */
export class ToolError extends Error {
  constructor(
    readonly code: ToolErrorCode,
    message: string,
    readonly field?: string,
    /** The connected system that failed, for outages of a real system. */
    readonly system?: string,
  ) {
    super(message);
    this.name = 'ToolError';
  }

  get transient(): boolean {
    return this.code === 'unavailable' || this.code === 'timeout';
  }

  toAppError(): AppError {
    const { code, message, field, system } = this;
    return {
      code,
      message,
      ...(field === undefined ? {} : { field }),
      ...(system === undefined ? {} : { system }),
    };
  }
}
