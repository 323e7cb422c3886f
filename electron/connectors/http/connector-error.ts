import type { ConnectionProblem, ConnectionTest, SystemName } from '../../../shared/connections';
import type { Result } from '../../../shared/result';
import { ToolError, type ToolErrorCode } from '../../tools/tool-error';

/** How a call to a real system failed, in the terms the app acts on. */
export type ConnectorErrorKind =
  | 'token_rejected'
  | 'scope_missing'
  | 'not_found'
  | 'conflict'
  | 'bad_request'
  | 'rate_limited'
  | 'unavailable'
  | 'timed_out'
  | 'host_not_found'
  | 'unreachable'
  | 'unexpected_response';

export class ConnectorError extends Error {
  constructor(
    readonly system: SystemName,
    readonly kind: ConnectorErrorKind,
    message: string,
    readonly details: { status?: number; requestId?: string; scope?: string } = {},
  ) {
    super(message);
    this.name = 'ConnectorError';
  }

  /** Whether trying again later could succeed. */
  get transient(): boolean {
    return ['rate_limited', 'unavailable', 'timed_out', 'unreachable'].includes(this.kind);
  }
}

const toolCodes: Record<ConnectorErrorKind, ToolErrorCode> = {
  token_rejected: 'unavailable',
  scope_missing: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
  bad_request: 'bad_request',
  rate_limited: 'unavailable',
  unavailable: 'unavailable',
  timed_out: 'timeout',
  host_not_found: 'unavailable',
  unreachable: 'unavailable',
  unexpected_response: 'unavailable',
};

/** A connector failure as the tool executor reports it; anything else passes through unchanged. */
export function asToolError(error: unknown): unknown {
  if (!(error instanceof ConnectorError)) return error;
  const code = toolCodes[error.kind];
  // An outage names its system, so the agent can tell the customer a colleague will follow up.
  return new ToolError(
    code,
    error.message,
    undefined,
    code === 'unavailable' || code === 'timeout' ? error.system : undefined,
  );
}

const problems: Partial<Record<ConnectorErrorKind, ConnectionProblem>> = {
  token_rejected: 'token_rejected',
  scope_missing: 'scope_missing',
  timed_out: 'timed_out',
  host_not_found: 'host_not_found',
  unreachable: 'unreachable',
  unavailable: 'unreachable',
  rate_limited: 'unreachable',
};

/** The problem a connection test reports for a failure. */
export const connectionProblemOf = (error: ConnectorError): ConnectionProblem =>
  problems[error.kind] ?? 'unexpected_response';

/** A connection test that failed with a connector error: the problem and the scope it names, if any. */
export function failedConnectionTest(system: SystemName, error: unknown): ConnectionTest {
  if (!(error instanceof ConnectorError)) throw error;
  return {
    system,
    ok: false,
    account: null,
    problem: connectionProblemOf(error),
    scope: error.details.scope ?? null,
    message: error.message,
  };
}

/** A connector failure as a port's error result (an outage names its system); anything else is thrown on. */
export function failure(error: unknown): Result<never> {
  const converted = asToolError(error);
  if (error instanceof ConnectorError && converted instanceof ToolError)
    return { ok: false, error: converted.toAppError() };
  throw error;
}
