import { done, findOrder, firstOf, identify, logContact, say, tool, type Playbook } from '../playbook-steps';
import { replies } from '../replies';
import { deliveryDelay, trackedAlready } from './delivery';

/**
 * Open a ticket for the team that owns the request. With `offer`, the customer agrees to it first (a
 * request the agent only guessed belongs to a team).
 */
export const handToTeam =
  (topic: string, offer?: string): Playbook =>
  (state) =>
    firstOf(
      state,
      identify,
      (s) => {
        if (done(s, 'tickets.create', 'ever')) return null;
        const ticket = tool(
          s,
          'tickets.create',
          {
            customerId: s.customer!.id,
            subject: topic,
            body: `Customer wrote: ${s.said.join(' / ')}`,
            priority: 'normal',
            tags: [topic.toLowerCase().replace(/\s+/g, '-')],
          },
          `${topic} is handled by the team that owns it: open a ticket.`,
        );
        return offer ? { ...ticket, confirmFirst: offer } : ticket;
      },
      (s) => logContact(s, topic, 'passed to team'),
    ) ?? say(state, 'resolve', replies.handedToTeam(), 'The request is with the team that owns it.');

/** Ticket subjects that say more than the intent's name does. */
const ticketSubjects: Readonly<Record<string, string>> = {
  schedule_call: 'Call request',
  follow_up_email: 'Follow-up email',
};

/** The subject of the team's ticket for an intent: its name as words ("renewal_quote" → "Renewal quote"). */
const ticketSubjectOf = (intent: string) => {
  const words = intent.replace(/_/g, ' ');
  return ticketSubjects[intent] ?? words.charAt(0).toUpperCase() + words.slice(1);
};

/** The intent read is one a team owns: hand it to them under the intent's own subject. */
export const teamTicket: Playbook = (state, policy) =>
  handToTeam(ticketSubjectOf(state.intent ?? 'request'))(state, policy);

export const complaint: Playbook = (state) =>
  firstOf(state, identify, (s) =>
    done(s, 'tickets.create', 'ever')
      ? null
      : tool(
          s,
          'tickets.create',
          {
            customerId: s.customer!.id,
            subject: 'Customer complaint',
            body: `Customer wrote: ${s.said.join(' / ')}`,
            priority: 'high',
            tags: ['complaint'],
          },
          'Record the complaint for a team lead.',
        ),
  ) ?? say(state, 'reply', replies.complaintLogged(state), 'Acknowledge the complaint.');

/**
 * Goodwill asked for ("you owe me a voucher for the hassle"): a late delivery earns the policy's credit;
 * anything else goes to a team lead. Never a refund of the order's price.
 */
export const compensation: Playbook = (state, policy) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['shipped', 'delivered', 'processing', 'pending']),
    (s) =>
      s.order!.status !== 'shipped' || trackedAlready(s, s.order!.id)
        ? null
        : tool(
            s,
            'shipping.track',
            { orderId: s.order!.id },
            'Check whether the delivery is late before any goodwill.',
          ),
  ) ?? (state.shipment?.late ? deliveryDelay(state, policy) : complaint(state, policy));
