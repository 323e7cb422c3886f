import type {
  ConnectionProblem,
  ConnectionTest,
  SyncReport,
  SystemStatus,
  ToolGroup,
} from '../../../shared/connections';

export const groupLabels: Record<ToolGroup, string> = {
  tickets: 'Tickets',
  crm: 'CRM',
  orders: 'Orders',
  payments: 'Payments',
  shipping: 'Shipping',
  kb: 'Knowledge base',
};

const problemLabels: Record<ConnectionProblem, string> = {
  not_configured: 'Not configured',
  token_rejected: 'Token rejected',
  scope_missing: 'Scope missing',
  host_not_found: 'Host not found',
  timed_out: 'Timed out',
  unreachable: 'Unreachable',
  unexpected_response: 'Unexpected response',
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a system serves, e.g. "Tickets, Knowledge base; brings its tickets into the queue". */
export function servesText(system: SystemStatus): string {
  const groups = system.groups.map((group) => groupLabels[group]).join(', ');
  return system.inbound ? `${groups}; brings its tickets into the queue` : groups;
}

/** A connection test in words: the account reached, or the problem (naming a missing scope). */
export function testText(test: ConnectionTest): string {
  if (test.ok) return `Connected to ${test.account ?? test.system}`;
  const problem = test.problem ? problemLabels[test.problem] : 'Not connected';
  const scope =
    test.problem === 'scope_missing' && test.scope && !test.message.includes(test.scope)
      ? ` The token lacks the scope ${test.scope}.`
      : '';
  return `${problem}: ${test.message}${scope}`;
}

/** One pass of inbound sync in words. */
export function syncText(report: SyncReport): string {
  return `Fetched ${count(report.fetched, 'ticket', 'tickets')}, posted ${count(report.repliesPosted, 'reply', 'replies')} and ${count(report.notesPosted, 'note', 'notes')}.`;
}
