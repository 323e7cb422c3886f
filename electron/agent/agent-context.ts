import type { Policy } from '../../shared/policy';
import type { CustomerMemoryRepo } from '../memory/customer-memory';
import type { OutcomesService } from '../outcomes/outcomes-service';
import type { EventBus } from '../services/event-bus';
import type { KeyedLock } from '../services/keyed-lock';
import type { ConversationsRepo } from '../store/conversations-repo';
import type { AuditRepo } from '../tools/audit-repo';
import type { ToolExecutor } from '../tools/executor';
import type { IdentityChecksRepo } from './identity/identity-checks-repo';
import type { Perceiver } from './perceive';
import type { Reasoner } from './reasoners/reasoner';
import type { ActionsRepo } from './store/actions-repo';
import type { EscalationsRepo } from './store/escalations-repo';
import type { StateRepo } from './store/state-repo';
import type { StepsRepo } from './store/steps-repo';

/** Everything the loop's modules share: repositories, the tool bridge, the policy and the reasoner. */
export interface AgentContext {
  conversations: ConversationsRepo;
  states: StateRepo;
  steps: StepsRepo;
  actions: ActionsRepo;
  escalations: EscalationsRepo;
  identityChecks: IdentityChecksRepo;
  audit: AuditRepo;
  memory: CustomerMemoryRepo;
  outcomes: OutcomesService;
  executor: ToolExecutor;
  bus: EventBus;
  policy: () => Policy;
  reasoner: () => Reasoner;
  perceive: Perceiver;
  now: () => Date;
  /** Serializes money decisions per customer: limits are counted and spent one decision at a time. */
  moneyLock: KeyedLock;
  /** The ticket a conversation was taken in from, when it lives in the records the agent reads (the sandbox). */
  sourceTicket?: (conversationId: string) => string | null;
}
