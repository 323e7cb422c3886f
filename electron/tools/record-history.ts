import type { ToolName } from '../../shared/tools';
import { logger } from '../log';
import type { Connector, CreditRecord, InteractionRecord, OpenTicketRecord } from './connector';

type Routes = Partial<Record<ToolName, Connector>>;

/**
 * Credits the customer received, from the payment system's records (what goodwill limits count);
 * null when that system cannot say.
 */
export async function creditHistory(routes: Routes, customerId: string): Promise<CreditRecord[] | null> {
  const records = routes['payments.issueCredit']?.records;
  if (!records) return null;
  try {
    return await records.creditsSince(customerId, '1970-01-01T00:00:00.000Z');
  } catch (error) {
    logger.warn({ err: error }, 'credit history unavailable');
    return null;
  }
}

/**
 * A customer's CRM interactions since `since` and open tickets, from the systems behind the CRM and
 * ticket tools, for repeat contacts; empty where a system cannot say.
 */
export async function contactHistory(
  routes: Routes,
  customerId: string,
  since: string,
): Promise<{ interactions: InteractionRecord[]; openTickets: OpenTicketRecord[] }> {
  const crm = routes['crm.getCustomer']?.records;
  const desk = routes['tickets.update']?.records;
  const read = async <T>(what: string, run: (() => T[] | Promise<T[]>) | undefined): Promise<T[]> => {
    try {
      return run ? await run() : [];
    } catch (error) {
      logger.warn({ err: error }, `${what} unavailable`);
      return [];
    }
  };
  return {
    interactions: await read(
      'CRM interactions',
      crm?.interactionsSince && (() => crm.interactionsSince!(customerId, since)),
    ),
    openTickets: await read('open tickets', desk?.openTickets && (() => desk.openTickets!(customerId))),
  };
}
