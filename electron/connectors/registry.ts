import type { SystemName } from '../../shared/connections';
import type { Registry } from './connections';
import { easypost } from './easypost';
import { freshdesk } from './freshdesk';
import { hubspot } from './hubspot';
import { salesforce } from './salesforce';
import { shipengine } from './shipengine';
import { shopify } from './shopify';
import { stripe } from './stripe';
import type { SystemConnector } from './system';
import { zendesk } from './zendesk';

/** Every real system the app can connect to, by name. */
export const registry: Registry = {
  zendesk,
  freshdesk,
  hubspot,
  salesforce,
  shopify,
  stripe,
  easypost,
  shipengine,
} satisfies Record<SystemName, SystemConnector<unknown>>;
