import type { ReasonerSettings } from '../../shared/domain';
import type { AgentContext } from '../agent/agent-context';
import { AgentService } from '../agent/agent-service';
import { IdentityChecksRepo } from '../agent/identity/identity-checks-repo';
import { nluPerceiver } from '../agent/nlu-perceiver';
import { offlineReasoner } from '../agent/reasoners/offline-reasoner';
import { chatClient, createOpenAiReasoner } from '../agent/reasoners/openai-reasoner';
import type { Reasoner } from '../agent/reasoners/reasoner';
import { ActionsRepo } from '../agent/store/actions-repo';
import { EscalationsRepo } from '../agent/store/escalations-repo';
import { StateRepo } from '../agent/store/state-repo';
import { StepsRepo } from '../agent/store/steps-repo';
import { SyncStore } from '../connectors/inbound/sync-store';
import { settleMcpRequests } from '../mcp/queue';
import { CustomerMemoryRepo } from '../memory/customer-memory';
import { OutcomesService } from '../outcomes/outcomes-service';
import { KeyedLock } from '../services/keyed-lock';
import type { SecretStore } from '../services/secrets';
import type { AppConfig } from './app-config';
import type { Store } from './build-store';
import type { Systems } from './build-systems';

/** The agent: its repositories and context, the reasoner the settings choose, and the service. */
export function buildAgent(config: AppConfig, store: Store, systems: Systems, secrets: SecretStore) {
  const { db, bus, now, policy, settings } = store;
  const outcomes = new OutcomesService(db, now);
  const syncStore = new SyncStore(db);
  const reasonerFor = reasonerCache(secrets, systems);
  const context: AgentContext = {
    conversations: store.conversationsRepo,
    states: new StateRepo(db),
    steps: new StepsRepo(db),
    actions: new ActionsRepo(db),
    escalations: new EscalationsRepo(db),
    identityChecks: new IdentityChecksRepo(db),
    audit: systems.tools.audit,
    memory: new CustomerMemoryRepo(db),
    outcomes,
    executor: systems.tools.executor,
    bus,
    policy: () => policy.current(),
    reasoner: () => config.reasoner ?? reasonerFor(settings.current().reasoner),
    perceive: config.perceiver ?? nluPerceiver,
    now,
    moneyLock: new KeyedLock(),
    sourceTicket: (conversationId) => {
      const taken = syncStore.ticketOf(conversationId);
      return taken?.system === 'sandbox' ? taken.ticketId : null;
    },
  };
  const agent = new AgentService(context);
  settleMcpRequests(context);
  return { context, agent, outcomes, syncStore };
}

export type AgentParts = ReturnType<typeof buildAgent>;

/** Built once per configuration, so a settings or key change takes effect on the next step. */
function reasonerCache(secrets: SecretStore, systems: Systems): (chosen: ReasonerSettings) => Reasoner {
  let cached: { key: string; reasoner: Reasoner } | undefined;
  return (chosen) => {
    if (chosen.kind === 'offline') return offlineReasoner;
    const apiKey = secrets.getApiKey();
    const key = JSON.stringify([chosen, apiKey]);
    if (cached?.key !== key)
      cached = {
        key,
        reasoner: createOpenAiReasoner(chosen, apiKey, chatClient(chosen, apiKey), () =>
          systems.mcpServers.available(),
        ),
      };
    return cached.reasoner;
  };
}
