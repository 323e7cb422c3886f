/**
 * The port the renewal desk reads accounts, subscriptions, usage and touchpoints through. Its types live
 * in shared/ so that every implementation can name them: the sandbox's
 * (electron/tools/connectors/sandbox-renewal-signals.ts) and the CRMs'
 * (electron/connectors/hubspot|salesforce/renewal-signals.ts). Nothing in electron/renewals/ reads a
 * system's records any other way.
 */
export {
  lookback,
  planNamed,
  type AccountSignals,
  type RenewalAccount,
  type RenewalInteraction,
  type RenewalQuoter,
  type RenewalSignals,
  type RenewalSubscription,
  type RenewalTicket,
  type RenewalTicketStatus,
  type RenewalTouchpoint,
  type UpcomingCall,
  type UsageSeries,
} from '../../shared/renewal-signals';
