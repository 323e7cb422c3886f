import type { RenewalQuoter } from '../../../shared/renewal-signals';
import { createSandbox } from '../../sandbox/sandbox';
import type { Database } from '../../store/database';
import type { Connector } from '../connector';
import { sandboxConnector } from './sandbox-connector';

/**
 * The sandbox over the app database as a connector: what the tool bridge routes a tool to when no real
 * connector serves it. Built here so the bridge itself never imports the sandbox.
 */
export const sandboxConnectorOver = (
  db: Database,
  now?: () => Date,
  renewalQuote?: RenewalQuoter,
): Connector => sandboxConnector(createSandbox(db, now), db, renewalQuote);
