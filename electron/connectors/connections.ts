import {
  systems,
  toolsOfGroup,
  ToolGroup,
  type ConnectionsOverview,
  type ConnectionsSettings,
  type ConnectionTest,
  type SystemName,
  type SystemStatus,
} from '../../shared/connections';
import type { RenewalSignals } from '../../shared/renewal-signals';
import { fail, ok, type Result } from '../../shared/result';
import type { ToolName } from '../../shared/tools';
import type { SecretStore } from '../services/secrets';
import type { Connector, RecordsPort } from '../tools/connector';
import type { RecordKind } from '../tools/record-refs';
import { asConnector } from './as-connector';
import { cachedDirectory, toolsDirectory } from './customer-directory';
import type { ExternalCallsRepo } from './external-calls-repo';
import { failedConnectionTest } from './http/connector-error';
import type { SystemHealth } from './http/system-health';
import type { CustomerDirectory, OpenSystem, SystemConnector } from './system';

export type Registry = Readonly<Record<SystemName, SystemConnector<unknown>>>;

export interface ConnectionsDeps {
  registry: Registry;
  settings: () => ConnectionsSettings;
  save: (next: ConnectionsSettings) => void;
  secrets: SecretStore;
  health: SystemHealth;
  calls: ExternalCallsRepo;
  now: () => Date;
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const secretName = (system: SystemName, key: string) => `${system}.${key}`;

/**
 * The team's real systems: their settings (non-secret fields in settings, credentials in the secret
 * store), connection tests, which system serves each tool group, and the connectors the tool bridge
 * routes to. A system is opened once per configuration and reopened when its settings change.
 */
export class Connections {
  private readonly opened = new Map<SystemName, { signature: string; open: OpenSystem }>();
  private directory: CustomerDirectory | undefined;

  constructor(private readonly deps: ConnectionsDeps) {}

  /** Every system, configured or not, and the mapping of tool groups. */
  overview(): ConnectionsOverview {
    const settings = this.deps.settings();
    return {
      systems: SystemNames.map((name) => this.status(name)),
      mapping: Object.fromEntries(
        ToolGroup.options.map((group) => [group, settings.mapping[group] ?? 'sandbox']),
      ) as ConnectionsOverview['mapping'],
      syncIntervalSeconds: settings.syncIntervalSeconds,
    };
  }

  /**
   * Saves a system's settings. Fields left out keep their saved value, so changing the base URL does
   * not need the token again; the whole must validate before anything is written.
   */
  configure(system: SystemName, input: Record<string, string>): Result<SystemStatus> {
    const spec = systems[system];
    const known = new Set(spec.fields.map((f) => f.key));
    const unknown = Object.keys(input).filter((key) => !known.has(key));
    if (unknown.length > 0)
      return fail(
        'bad_request',
        `${spec.label} has no setting ${unknown.map((k) => JSON.stringify(k)).join(', ')}; it takes ${[...known].join(', ')}.`,
        unknown[0],
      );
    const merged = { ...this.savedFields(system) };
    for (const [key, value] of Object.entries(input)) {
      const trimmed = value.trim();
      if (trimmed === '') delete merged[key];
      else merged[key] = trimmed;
    }
    const parsed = this.deps.registry[system].parseConfig(merged);
    if (!parsed.ok)
      return fail(
        'bad_request',
        `${spec.label}: ${parsed.problems.join('; ')}`,
        parsed.problems[0]?.split(':')[0],
      );
    const plain: Record<string, string> = {};
    for (const field of spec.fields) {
      const value = merged[field.key];
      if (field.secret) this.deps.secrets.setSecret(secretName(system, field.key), value ?? null);
      else if (value !== undefined) plain[field.key] = value;
    }
    const settings = this.deps.settings();
    this.deps.save({
      ...settings,
      systems: {
        ...settings.systems,
        [system]: { fields: plain, configuredAt: this.deps.now().toISOString() },
      },
    });
    this.opened.delete(system);
    return ok(this.status(system));
  }

  /** Forgets a system, its credentials and the groups it served (they return to the sandbox). */
  remove(system: SystemName): ConnectionsOverview {
    for (const field of systems[system].fields)
      if (field.secret) this.deps.secrets.setSecret(secretName(system, field.key), null);
    const settings = this.deps.settings();
    const { [system]: _removed, ...rest } = settings.systems;
    const mapping = Object.fromEntries(Object.entries(settings.mapping).filter(([, s]) => s !== system));
    this.deps.save({ ...settings, systems: rest, mapping });
    this.opened.delete(system);
    return this.overview();
  }

  /** Which system serves a group of tools; 'sandbox' returns it to the embedded one. */
  map(group: ToolGroup, target: SystemName | 'sandbox'): Result<ConnectionsOverview> {
    const settings = this.deps.settings();
    if (target !== 'sandbox') {
      const spec = systems[target];
      if (!spec.groups.includes(group))
        return fail(
          'bad_request',
          `${spec.label} cannot serve ${group}; it serves ${spec.groups.join(', ')}.`,
          'system',
        );
      if (!settings.systems[target])
        return fail('bad_request', `${spec.label} is not configured yet: configure it first.`, 'system');
    }
    const { [group]: _previous, ...rest } = settings.mapping;
    this.deps.save({ ...settings, mapping: target === 'sandbox' ? rest : { ...rest, [group]: target } });
    return ok(this.overview());
  }

  setSyncInterval(seconds: number): ConnectionsOverview {
    this.deps.save({ ...this.deps.settings(), syncIntervalSeconds: seconds });
    return this.overview();
  }

  /** Reaches the account with the saved credentials: which account, or why not. */
  async test(system: SystemName): Promise<ConnectionTest> {
    const open = this.open(system);
    if (!open)
      return {
        system,
        ok: false,
        account: null,
        problem: 'not_configured',
        scope: null,
        message: `${systems[system].label} is not configured.`,
      };
    try {
      return await open.test();
    } catch (error) {
      return failedConnectionTest(system, error);
    }
  }

  /** A configured system, opened with its current settings; null when it is not configured or invalid. */
  open(system: SystemName): OpenSystem | null {
    const fields = this.savedFields(system);
    if (!this.deps.settings().systems[system]) return null;
    const signature = JSON.stringify(fields);
    const cached = this.opened.get(system);
    if (cached?.signature === signature) return cached.open;
    const parsed = this.deps.registry[system].parseConfig(fields);
    if (!parsed.ok) return null;
    const open = this.deps.registry[system].open(parsed.value, {
      customers: this.customers(),
      health: this.deps.health,
      onCall: (record) => this.deps.calls.append(record),
      now: this.deps.now,
      ...(this.deps.timeoutMs ? { timeoutMs: this.deps.timeoutMs } : {}),
      ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
      ...(this.deps.sleep ? { sleep: this.deps.sleep } : {}),
    });
    this.opened.set(system, { signature, open });
    return open;
  }

  /**
   * The connectors the tool bridge routes to, for the tools of every mapped group; tools of unmapped
   * groups are absent (the sandbox serves them). `route` is the bridge's current routing, for the
   * customer directory (whatever serves the CRM) and for ownership a system cannot answer itself.
   */
  routes(route: (tool: ToolName) => Connector | undefined): Partial<Record<ToolName, Connector>> {
    this.routeOf = route;
    const mapped = Object.entries(this.deps.settings().mapping) as [ToolGroup, SystemName][];
    const opened = mapped.map(([, system]) => this.open(system));
    // Rebuilt only when the mapping or an opened system changed (settings saved, credentials replaced).
    if (
      this.routeCache &&
      this.routeCache.mapping === JSON.stringify(mapped) &&
      this.routeCache.opened.every((open, i) => open === opened[i])
    )
      return this.routeCache.routes;
    const routes: Partial<Record<ToolName, Connector>> = {};
    for (const [i, [group, system]] of mapped.entries()) {
      const open = opened[i];
      if (!open) continue;
      const connector = asConnector(system, open, {
        directory: this.customers(),
        health: this.deps.health,
        fallback: (kind: RecordKind): RecordsPort | undefined =>
          kind === 'shipment' ? route('orders.get')?.records : undefined,
      });
      for (const tool of toolsOfGroup[group]) if (connector.handlers[tool]) routes[tool] = connector;
    }
    this.routeCache = { mapping: JSON.stringify(mapped), opened, routes };
    return routes;
  }

  private routeCache:
    | { mapping: string; opened: (OpenSystem | null)[]; routes: Partial<Record<ToolName, Connector>> }
    | undefined;

  /** The inbound systems that are configured and map the tickets group, with their ticket sources. */
  ticketSources(): { system: SystemName; open: OpenSystem }[] {
    const desk = this.deps.settings().mapping.tickets;
    const open = desk ? this.open(desk) : null;
    return desk && open?.tickets ? [{ system: desk, open }] : [];
  }

  private routeOf: ((tool: ToolName) => Connector | undefined) | undefined;

  /** The renewal desk's port on the system serving the CRM group, or null (the sandbox's then serves). */
  renewalSignals(): RenewalSignals | null {
    const crm = this.deps.settings().mapping.crm;
    return (crm && this.open(crm)?.renewals) || null;
  }

  /** Customers as the system serving the CRM group knows them: its own directory, else its tools. */
  private customers(): CustomerDirectory {
    const viaTools = toolsDirectory((tool) => this.routeOf?.(tool), this.deps.now);
    this.directory ??= cachedDirectory(() => {
      const crm = this.deps.settings().mapping.crm;
      return (crm && this.open(crm)?.directory) || viaTools;
    });
    return this.directory;
  }

  private savedFields(system: SystemName): Record<string, string> {
    const saved = this.deps.settings().systems[system];
    const fields: Record<string, string> = { ...(saved?.fields ?? {}) };
    for (const field of systems[system].fields) {
      if (!field.secret) continue;
      const value = this.deps.secrets.getSecret(secretName(system, field.key));
      if (value !== null) fields[field.key] = value;
    }
    return fields;
  }

  private status(name: SystemName): SystemStatus {
    const spec = systems[name];
    const saved = this.deps.settings().systems[name];
    return {
      name,
      label: spec.label,
      groups: [...spec.groups],
      inbound: spec.inbound,
      configured: saved !== undefined,
      fields: saved?.fields ?? {},
      secretsSet: spec.fields
        .filter((f) => f.secret && this.deps.secrets.getSecret(secretName(name, f.key)) !== null)
        .map((f) => f.key),
      available: this.deps.health.available(name),
      lastError: this.deps.health.lastError(name),
    };
  }
}

const SystemNames = Object.keys(systems) as SystemName[];
