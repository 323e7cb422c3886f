import type { MessageRole } from '../../../shared/domain';
import type { Policy } from '../../../shared/policy';
import type { PiiCategory } from '../../../shared/privacy';
import type { Decision } from '../decision';
import type { AgentState } from '../state';

/** What a reasoner sees: the agent's verified state, the transcript, and real tool results. */
export interface ReasonerInput {
  state: AgentState;
  now: Date;
  /** The policy in force: the offline playbooks take every amount and limit they act on from it. */
  policy: Policy;
  transcript: { role: MessageRole; text: string; at: string }[];
  /** Tool calls of this conversation from the audit log, oldest first. */
  observations: { tool: string; args: unknown; ok: boolean; result: unknown; at: string }[];
  /** Streams the text of a reply as it is generated, where the reasoner can. */
  onReplyDelta?: (text: string) => void;
  /** Personal data a remote reasoner replaces with placeholders (the policy's `privacy:`); all kinds when absent. */
  redactForModel?: readonly PiiCategory[];
}

/** One reasoning step: given everything known so far, the single next decision. */
export interface Reasoner {
  readonly name: 'offline' | 'openai';
  decide(input: ReasonerInput): Promise<Decision>;
}
