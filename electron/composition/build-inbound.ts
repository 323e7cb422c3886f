import { systems as systemSpecs, type InboundSystem, type SyncReport } from '../../shared/connections';
import { fail, ok, type Result } from '../../shared/result';
import { ConnectorError } from '../connectors/http/connector-error';
import { InboundPoller } from '../connectors/inbound/inbound-poller';
import type { TicketSource } from '../connectors/inbound/ticket-source';
import { TicketSync } from '../connectors/inbound/ticket-sync';
import { logger } from '../log';
import { firstRunTickets } from '../sandbox/first-run-day';
import { KeyedLock } from '../services/keyed-lock';
import { sandboxTicketSource } from '../tools/connectors/sandbox-ticket-source';
import type { AppConfig } from './app-config';
import type { AgentParts } from './build-agent';
import type { Store } from './build-store';
import type { Systems } from './build-systems';

/**
 * Tickets into the queue: one sync pass per helpdesk (or the sandbox's first-run working day), and the
 * poller that runs a round on the interval the settings give.
 */
export function buildInbound(config: AppConfig, store: Store, systems: Systems, agent: AgentParts) {
  const { db, now, conversations, conversationsRepo, settings } = store;
  const { syncStore, context } = agent;
  const syncing = new KeyedLock();
  // The first-run working day: the same handful of sandbox tickets on every round (those taken in).
  const sandboxTickets = sandboxTicketSource(db, {
    clock: now,
    only: () => {
      const taken = syncStore.tickets('sandbox').map((linked) => linked.ticketId);
      return taken.length > 0 ? taken : firstRunTickets(db, now);
    },
  });
  const ticketSource = (system: InboundSystem): Result<TicketSource> => {
    if (system === 'sandbox') return ok(sandboxTickets);
    const open = systems.connections.open(system);
    if (open?.tickets) return ok(open.tickets);
    const label = systemSpecs[system].label;
    return fail(
      'bad_request',
      open ? `${label} is not a helpdesk: it has no tickets to sync.` : `${label} is not configured.`,
      'system',
    );
  };
  const syncOnce = async (system: InboundSystem): Promise<Result<SyncReport>> => {
    const source = ticketSource(system);
    if (!source.ok) return source;
    const sync = new TicketSync(system, source.value, {
      db,
      store: syncStore,
      conversations,
      handleCustomerMessage: (id, message) => agent.agent.handleCustomerMessage(id, message),
      messages: (id) => conversationsRepo.messages(id),
      escalations: (id) => context.escalations.all(id),
      actions: (id) => context.actions.byConversation(id),
      now,
    });
    try {
      return ok(await syncing.run(system, () => sync.once()));
    } catch (error) {
      if (error instanceof ConnectorError)
        return fail(error.kind === 'timed_out' ? 'timeout' : 'unavailable', error.message, 'system');
      throw error;
    }
  };
  const inboundRound = async () => {
    const desks = systems.connections.ticketSources().map((desk): InboundSystem => desk.system);
    for (const system of desks.length === 0 && config.sampleTickets ? ['sandbox' as const] : desks) {
      const report = await syncOnce(system);
      if (!report.ok) logger.warn({ system, err: report.error }, 'inbound sync failed');
    }
  };
  const poller = new InboundPoller(
    inboundRound,
    () => settings.current().connections.syncIntervalSeconds * 1000,
  );
  if (config.pollInbound) poller.start();
  return { syncOnce, inboundRound, poller };
}

export type Inbound = ReturnType<typeof buildInbound>;
