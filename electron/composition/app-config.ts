import type { Result } from '../../shared/result';
import type { ToolName } from '../../shared/tools';
import type { AgentContext } from '../agent/agent-context';
import type { AgentService } from '../agent/agent-service';
import type { Perceiver } from '../agent/perceive';
import type { Reasoner } from '../agent/reasoners/reasoner';
import type { Registry } from '../connectors/connections';
import type { PolicyStore } from '../policy/policy-store';
import type { RenewalSignals } from '../renewals/renewal-signals';
import type { ConversationService } from '../services/conversations';
import type { EventBus } from '../services/event-bus';
import type { SecretStore } from '../services/secrets';
import type { SettingsBackend } from '../services/settings';
import type { Database } from '../store/database';
import type { Connector } from '../tools/connector';
import type { ToolBridge } from '../tools/tool-bridge';

export interface AppConfig {
  /** Folder for the database, settings and policy; ':memory:' keeps everything in memory (tests). */
  dataDir: string;
  settings: SettingsBackend;
  transport: 'electron' | 'web' | 'direct';
  now?: () => Date;
  /** First-run seeding of the sandbox; `false` leaves it empty (tests that load their own data). */
  seed?: false | { size?: number; seed?: number };
  /**
   * Fixed connectors for some tools (tests); without them the team's connections (Settings →
   * Connections) decide, and the sandbox serves the rest.
   */
  connectors?: Partial<Record<ToolName, Connector>>;
  /** The real systems the app can connect to, and how it reaches them (tests: a mock fetch, no waits). */
  systems?: {
    registry?: Registry;
    fetch?: typeof fetch;
    sleep?: (ms: number) => Promise<void>;
    timeoutMs?: number;
  };
  /** Pull the helpdesks in the background (the desktop app and web mode; never the CLIs and tests). */
  pollInbound?: boolean;
  /**
   * With `pollInbound`, while no helpdesk serves the tickets group: take a handful of the sandbox's open
   * tickets into the queue through the same inbound sync (the first-run working day).
   */
  sampleTickets?: boolean;
  /** Where the model API key is kept (safeStorage in Electron, a 0600 file in web mode). */
  secrets?: SecretStore;
  /**
   * Serve MCP over HTTP while Settings → MCP server is on; by default only the desktop app and web
   * mode do (transport 'electron' or 'web'), so CLIs and tests bind no port unless they ask.
   */
  mcpHttp?: boolean;
  /** Replaces the configured reasoner (tests, evals). */
  reasoner?: Reasoner;
  perceiver?: Perceiver;
}

export interface App {
  readonly bus: EventBus;
  readonly db: Database;
  readonly conversations: ConversationService;
  readonly agent: AgentService;
  readonly tools: ToolBridge;
  readonly policy: PolicyStore;
  /** The agent's repositories, events and clock (the MCP server queues its clients' requests with them). */
  readonly agentContext: AgentContext;
  /** Where the renewal desk reads accounts: the CRM mapped to the crm group, else the sandbox. */
  renewals(): RenewalSignals;
  /** Validates an untrusted call and runs it; never throws. */
  dispatch(method: unknown, params: unknown): Promise<Result<unknown>>;
  /** Resolves when background agent runs started by calls have finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}
