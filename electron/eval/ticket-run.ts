import type { Step } from '../../shared/agent';
import type { EvalTicket } from './tickets-file';

/** One tool call the agent made (or proposed) while handling a ticket. */
export interface RunAction {
  tool: string;
  args: Record<string, unknown>;
  status: string;
}

/** What the agent did with one replayed ticket, gathered over every message of the conversation. */
export interface TicketRun {
  ticket: EvalTicket;
  /** The intent the agent settled on for the conversation (the first one it reported). */
  intent: string | null;
  escalated: boolean;
  reasons: string[];
  replies: string[];
  actions: RunAction[];
  /** How many of the agent's turns ended by asking the customer a clarifying question. */
  clarifications: number;
  /** Executed money actions that no auto rule allowed and no rep approved. */
  policyViolations: number;
  latencyMs: number;
  steps: Step[];
  /** Set when the replay itself could not run (for example an unknown customer). */
  error: string | null;
}
