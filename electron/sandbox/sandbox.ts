import type { Database } from '../store/database';
import { CalendarRepo } from './repos/calendar-repo';
import { CatalogRepo } from './repos/catalog-repo';
import { CustomersRepo } from './repos/customers-repo';
import { KbRepo } from './repos/kb-repo';
import { OrdersRepo } from './repos/orders-repo';
import { OutboxRepo } from './repos/outbox-repo';
import { PaymentsRepo } from './repos/payments-repo';
import { ReturnsRepo } from './repos/returns-repo';
import { systemClock, type Clock } from './repos/repo-support';
import { ShipmentsRepo } from './repos/shipments-repo';
import { TicketsRepo } from './repos/tickets-repo';

/** The embedded systems of record, one repository per aggregate, over the app database. */
export interface Sandbox {
  customers: CustomersRepo;
  catalog: CatalogRepo;
  orders: OrdersRepo;
  returns: ReturnsRepo;
  shipments: ShipmentsRepo;
  payments: PaymentsRepo;
  tickets: TicketsRepo;
  kb: KbRepo;
  outbox: OutboxRepo;
  calendar: CalendarRepo;
}

/** Builds every sandbox repository on one database and clock. */
export function createSandbox(db: Database, now: Clock = systemClock): Sandbox {
  return {
    customers: new CustomersRepo(db, now),
    catalog: new CatalogRepo(db),
    orders: new OrdersRepo(db, now),
    returns: new ReturnsRepo(db, now),
    shipments: new ShipmentsRepo(db),
    payments: new PaymentsRepo(db, now),
    tickets: new TicketsRepo(db, now),
    kb: new KbRepo(db),
    outbox: new OutboxRepo(db, now),
    calendar: new CalendarRepo(db, now),
  };
}
