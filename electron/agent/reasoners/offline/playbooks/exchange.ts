import type { Decision } from '../../../decision';
import type { AgentState } from '../../../state';
import { describeSwap, distinguishingOptions, planExchange, type ExchangePlan } from '../exchange-plan';
import {
  done,
  findOrder,
  firstOf,
  identify,
  logContact,
  requestInWords,
  say,
  tool,
  type Playbook,
} from '../playbook-steps';
import { replies } from '../replies';

/** The next step of an exchange: look a product up, make the exchange, ask which variant, or hand it to the team. */
function exchangeStep(s: AgentState): Decision | null {
  if (done(s, 'orders.exchange', 'ever') || done(s, 'tickets.create', 'ever')) return null;
  if (s.pendingActionId && s.pendingTool === 'orders.exchange') return null;
  const refusal = s.refusals.find((r) => r.tool === 'orders.exchange');
  // A rep said no: the customer hears why, and nobody else is asked to do it anyway.
  if (refusal?.by === 'rep') return null;
  const order = s.order!;
  const plan: ExchangePlan =
    order.status !== 'delivered'
      ? { kind: 'team', reason: `order ${order.id} is ${order.status}, not delivered` }
      : refusal
        ? { kind: 'team', reason: refusal.reason }
        : planExchange(s);
  switch (plan.kind) {
    case 'look_up':
      return tool(
        s,
        'catalog.get',
        { sku: plan.item.sku },
        `Look up which variants of ${plan.item.name} exist.`,
      );
    case 'exchange': {
      const decision = tool(
        s,
        'orders.exchange',
        { orderId: order.id, items: plan.items, reason: requestInWords(s) },
        `Exchange for the variants the customer asked for on order ${order.id}.`,
      );
      // A dearer variant charges the customer the difference: they agree to it first.
      return plan.extraCost > 0 && decision.kind === 'tool'
        ? { ...decision, confirmFirst: replies.exchangeCharge(plan.swaps, plan.extraCost, order.currency) }
        : decision;
    }
    case 'ask':
      return say(
        s,
        'clarify',
        replies.whichVariant(plan.item.name, distinguishingOptions(plan.variants)),
        'Several variants fit what the customer asked.',
      );
    case 'team':
      return tool(
        s,
        'tickets.create',
        {
          customerId: s.customer!.id,
          subject: `Exchange for order ${order.id}`,
          body: `Customer wrote: ${s.said.join(' / ')}\nNot exchanged automatically: ${plan.reason}.`,
          priority: 'normal',
          tags: ['exchange'],
        },
        `The team picks the replacement: ${plan.reason}.`,
      );
  }
}

export const exchangeItem: Playbook = (state) =>
  firstOf(
    state,
    identify,
    (s) => findOrder(s, ['delivered']),
    exchangeStep,
    (s) => logContact(s, 'Exchange', done(s, 'orders.exchange', 'ever') ? 'exchanged' : 'exchange requested'),
  ) ??
  say(
    state,
    done(state, 'orders.exchange', 'ever') ? 'resolve' : 'reply',
    done(state, 'orders.exchange', 'ever') ||
      state.pendingTool === 'orders.exchange' ||
      !done(state, 'tickets.create', 'ever')
      ? replies.exchanged(
          state,
          (state.exchanged?.items ?? []).map((i) => describeSwap(state, i.sku, i.newSku)),
        )
      : replies.exchangeTicket(state),
    'Tell the customer where the exchange stands.',
  );
