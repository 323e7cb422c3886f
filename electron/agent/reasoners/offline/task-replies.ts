import type { AgentState } from '../../state';

/** What the agent reports back to the rep after a delegated task. Every figure comes from a tool result. */

const money = (amount: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
const percent = (change: number | null) =>
  change === null ? 'new' : `${change >= 0 ? '+' : ''}${Math.round(change * 100)}%`;

export const taskReplies = {
  usage(state: AgentState): string {
    const { account, usage } = state;
    const lines = (usage ?? []).map(
      (f) => `- ${f.feature}: ${f.recent} weekly active users (was ${f.previous}, ${percent(f.change)})`,
    );
    return [
      `Usage for ${account!.name} (${account!.seatsUsed} of ${account!.seats} seats used), last 4 weeks against the 4 before:`,
      ...lines,
    ].join('\n');
  },
  quote(state: AgentState): string {
    const { account, quote } = state;
    const discounts = quote!.discounts
      .map((d) => `${d.ruleId} ${d.percent}% (−${money(d.amount)})`)
      .join(', ');
    return [
      `Renewal quote for ${account!.name}: ${account!.plan}, ${account!.seats} seats, renewing ${account!.renewalDate}.`,
      `Subtotal ${money(quote!.subtotal)}${discounts ? `, discounts: ${discounts}` : ''}; total ${money(quote!.total)}.`,
      `Churn risk ${quote!.churnRisk}/100.`,
    ].join(' ');
  },
  scheduled: (state: AgentState, startsAt: string, durationMinutes: number) =>
    `Scheduled the renewal call with ${state.customer!.name} (${state.account!.name}) for ${startsAt.slice(0, 16).replace('T', ' ')} UTC, ${durationMinutes} minutes; the cheat sheet's talking points are in the invite notes.`,
  followUpSent: (state: AgentState) =>
    `Sent the follow-up email to ${state.customer!.email} with the renewal quote (${money(state.quote!.total)}).`,
  unknownTask: () =>
    'I can pull usage data, generate the renewal quote, schedule the renewal call or send the follow-up email after the call. Which one?',
};

/** The follow-up email after a renewal call, with the quote. */
export function followUpEmail(state: AgentState): { subject: string; body: string } {
  const { customer, account, quote } = state;
  return {
    subject: `Following up on our call: ${account!.name} renewal`,
    body: [
      `Hi ${customer!.name.split(' ')[0]},`,
      '',
      'Thank you for your time on the call. As promised, here is your renewal quote:',
      `- Plan: ${account!.plan}, ${account!.seats} seats, renewing on ${account!.renewalDate}`,
      `- Subtotal: ${money(quote!.subtotal)}`,
      ...quote!.discounts.map((d) => `- Discount (${d.ruleId}): ${d.percent}%, −${money(d.amount)}`),
      `- Total: ${money(quote!.total)}`,
      '',
      'Reply to this email with any questions, or if you would like to adjust the number of seats.',
    ].join('\n'),
  };
}
