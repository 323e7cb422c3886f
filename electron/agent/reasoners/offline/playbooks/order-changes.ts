import { addressOnFile, refersToAddressOnFile } from '../../../request/addresses-on-file';
import { actionableStatuses } from '../../../request/grounding';
import type { AgentState } from '../../../state';
import {
  done,
  findOrder,
  firstOf,
  identify,
  logContact,
  refused,
  say,
  tool,
  type Playbook,
} from '../playbook-steps';
import { replies } from '../replies';

/** The order in focus is in a state the change can act on at all (a shipped order has no address to change). */
const actionable = (s: AgentState, name: keyof typeof actionableStatuses) =>
  actionableStatuses[name]!.includes(s.order!.status);

export const cancelOrder: Playbook = (state) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['pending', 'processing']),
    (s) =>
      refused(s, 'orders.cancel') || done(s, 'orders.cancel', 'ever') || !actionable(s, 'orders.cancel')
        ? null
        : tool(
            s,
            'orders.cancel',
            { orderId: s.order!.id, reason: 'Customer asked to cancel' },
            `Cancel order ${s.order!.id} as asked.`,
          ),
    (s) => logContact(s, 'Cancellation', done(s, 'orders.cancel', 'ever') ? 'cancelled' : 'not cancellable'),
  ) ??
  (done(state, 'orders.cancel', 'ever')
    ? say(state, 'resolve', replies.cancelled(state), 'The order is cancelled.')
    : state.order?.status === 'cancelled'
      ? say(state, 'reply', replies.alreadyCancelled(state), 'The order was cancelled already.')
      : say(state, 'reply', replies.cannotCancel(state), 'Policy allows cancelling pending orders only.'));

/** The address to ship to: the one the customer wrote, else the one on file they named by its city. */
const newAddress = (s: AgentState) => s.claims.address ?? addressOnFile(s);

/**
 * Every part a parcel needs: street, city and postcode, and the country (or, in the US, the state:
 * "Portland OR 97204"). Nothing is filled in by guesswork: a missing part is asked for.
 */
const usableAddress = (s: AgentState) => {
  const address = newAddress(s);
  const complete = address?.line1 && address.city && address.zip && (address.country || address.state);
  return complete ? address : null;
};

export const changeAddress: Playbook = (state) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['pending', 'processing']),
    // "My NYC address": the addresses their orders ship to say which one that is.
    (s) =>
      !s.claims.address && !s.candidateOrders && refersToAddressOnFile(s)
        ? tool(
            s,
            'orders.list',
            { customerId: s.customer!.id, limit: 20 },
            'List the customer’s orders to find the address on file they mean.',
          )
        : null,
    (s) =>
      usableAddress(s) || refused(s, 'orders.updateAddress') || !actionable(s, 'orders.updateAddress')
        ? null
        : say(s, 'clarify', replies.newAddress(s), 'The new address is missing.'),
    (s) =>
      refused(s, 'orders.updateAddress') ||
      done(s, 'orders.updateAddress', 'ever') ||
      !actionable(s, 'orders.updateAddress')
        ? null
        : tool(
            s,
            'orders.updateAddress',
            { orderId: s.order!.id, address: toAddress(usableAddress(s)!) },
            s.claims.address
              ? `Ship order ${s.order!.id} to the new address.`
              : `Ship order ${s.order!.id} to the address on file the customer named.`,
          ),
    (s) =>
      logContact(
        s,
        'Address change',
        done(s, 'orders.updateAddress', 'ever') ? 'address changed' : 'not changeable',
      ),
  ) ??
  (done(state, 'orders.updateAddress', 'ever')
    ? say(state, 'resolve', replies.addressChanged(state, newAddress(state)!), 'The address is changed.')
    : state.order && (actionableStatuses['orders.updateAddress'] ?? []).includes(state.order.status)
      ? // Not shipped yet, so the shop refused something else (the address itself): say what, do not blame the status.
        say(state, 'reply', replies.addressNotAccepted(state), 'The shop refused the address.')
      : say(
          state,
          'reply',
          replies.cannotChangeAddress(state),
          'Policy allows address changes before shipping only.',
        ));

function toAddress(claimed: Record<string, string>) {
  return {
    line1: claimed.line1 ?? '',
    city: claimed.city ?? '',
    zip: claimed.zip ?? '',
    country: claimed.country ?? 'US',
    ...(claimed.state ? { state: claimed.state } : {}),
    ...(claimed.line2 ? { line2: claimed.line2 } : {}),
  };
}
