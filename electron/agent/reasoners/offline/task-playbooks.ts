import { defaultRenewalCall, type Policy, type RenewalCall } from '../../../../shared/policy';
import type { Decision } from '../../decision';
import type { AgentState } from '../../state';
import { done, firstOf, say, tool } from './playbook-steps';
import { followUpEmail, taskReplies } from './task-replies';

type Step = (state: AgentState) => Decision | null;

const loadContact: Step = (s) =>
  s.customer
    ? null
    : tool(s, 'crm.getCustomer', { customerId: s.account!.customerId }, 'Load the account’s contact.');
const priceRenewal: Step = (s) =>
  done(s, 'renewals.quote')
    ? null
    : tool(
        s,
        'renewals.quote',
        { accountId: s.account!.id },
        'Price the renewal with the policy’s discount rules.',
      );

/** The renewal call the policy sets: its length, and when it is when the rep names no time. */
const renewalCall = (policy: Policy): RenewalCall => policy.renewals?.call ?? defaultRenewalCall;

/**
 * When to schedule: the date and time the rep named, else the policy's time of day on the business day
 * the policy says, in the rep's own time zone (dates and times are read in local time).
 */
function callTime(state: AgentState, now: Date, call: RenewalCall): string {
  const when = state.claims.when;
  if (when) return new Date(`${when.date}T${when.time ?? call.defaultTime}:00`).toISOString();
  const next = new Date(now.getTime());
  for (let day = 0; day < call.businessDaysAhead; day += 1) {
    next.setTime(next.getTime() + 86_400_000);
    while (next.getDay() === 0 || next.getDay() === 6) next.setDate(next.getDate() + 1);
  }
  const [hours, minutes] = call.defaultTime.split(':').map(Number);
  next.setHours(hours!, minutes!, 0, 0);
  return next.toISOString();
}

/** Playbooks of the renewal desk's delegated tasks (the account is loaded when the task is delegated); they report back to the rep. */
export const taskPlaybooks: Record<string, (state: AgentState, now: Date, policy: Policy) => Decision> = {
  usage_report: (state) =>
    firstOf(state, (s) =>
      done(s, 'accounts.usage')
        ? null
        : tool(s, 'accounts.usage', { accountId: s.account!.id }, 'Pull usage per feature.'),
    ) ?? say(state, 'resolve', taskReplies.usage(state), 'Report the usage to the rep.'),
  renewal_quote: (state) =>
    firstOf(state, priceRenewal) ??
    say(state, 'resolve', taskReplies.quote(state), 'Report the quote to the rep.'),
  schedule_call: (state, now, policy) => {
    const call = renewalCall(policy);
    const startsAt = callTime(state, now, call);
    return (
      firstOf(state, loadContact, priceRenewal, (s) =>
        done(s, 'calendar.schedule', 'ever')
          ? null
          : tool(
              s,
              'calendar.schedule',
              {
                customerId: s.customer!.id,
                startsAt,
                durationMinutes: call.durationMinutes,
                title: `Renewal call: ${s.account!.name}`,
                notes: s.quote!.talkingPoints.join('\n'),
              },
              'Book the renewal call with the talking points in the notes.',
            ),
      ) ??
      say(
        state,
        'resolve',
        taskReplies.scheduled(state, startsAt, call.durationMinutes),
        'Confirm the booking to the rep.',
      )
    );
  },
  follow_up_email: (state) =>
    firstOf(state, loadContact, priceRenewal, (s) =>
      done(s, 'email.send', 'ever')
        ? null
        : tool(
            s,
            'email.send',
            { to: s.customer!.email, customerId: s.customer!.id, ...followUpEmail(s) },
            'Send the follow-up with the quote.',
          ),
    ) ?? say(state, 'resolve', taskReplies.followUpSent(state), 'Confirm the email to the rep.'),
};

/** A delegated task the desk does not know: ask the rep which one. */
export const unknownTask = (state: AgentState): Decision =>
  say(state, 'clarify', taskReplies.unknownTask(), 'Not one of the renewal desk’s tasks.');
