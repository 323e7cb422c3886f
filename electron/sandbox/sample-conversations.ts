import type { CsatRecord } from '../outcomes/csat-repo';
import type { Prng } from './prng';
import type { SampleConversation, SampleCustomer, SampleKind } from './sample-history';
import { automatedStories, escalationStories, rejectReasons, toolStories } from './sample-stories';

export const minuteMs = 60_000;

const iso = (ms: number): string => new Date(ms).toISOString();

/** What a conversation was about and how it went, after who it was with and when. */
type Story = Pick<SampleConversation, 'intent' | 'sentiment' | 'messages' | 'action' | 'escalation' | 'csat'>;

/** What every kind of conversation draws on: the generator, its clock, and a CSAT rating maybe given. */
interface Draw {
  prng: Prng;
  /** The time `minutes` after the conversation started. */
  at: (minutes: number) => string;
  csat: (endMinutes: number, good: boolean) => CsatRecord | null;
}

/** One past conversation of the given kind; draws from `prng` in a fixed order, so a seed gives the same one. */
export function sampleConversation(
  prng: Prng,
  id: string,
  draft: { kind: SampleKind; createdAt: number },
  customers: readonly SampleCustomer[],
): SampleConversation {
  const who = prng.pick(customers);
  const at = (minutes: number) => iso(draft.createdAt + Math.round(minutes * minuteMs));
  const base = {
    id,
    kind: draft.kind,
    customer: who.email,
    customerId: who.id,
    channel: prng.chance(0.7) ? ('chat' as const) : ('email' as const),
    createdAt: iso(draft.createdAt),
  };
  const csat = (endMinutes: number, good: boolean): CsatRecord | null =>
    prng.chance(0.55)
      ? {
          score: good ? prng.pick([4, 4, 5, 5, 5, 3]) : prng.pick([1, 2, 2, 3, 3, 4]),
          by: prng.chance(0.85) ? 'customer' : 'rep',
          at: at(endMinutes + prng.int(1, 30)),
        }
      : null;
  const draw = { prng, at, csat };
  if (draft.kind === 'automated') return { ...base, ...automated(draw) };
  if (draft.kind === 'escalated') return { ...base, ...escalated(draw) };
  return {
    ...base,
    ...decided(draw, draft.kind === 'edited', draft.kind === 'rejected', who.id ?? `cus_${id}`),
  };
}

function automated({ prng, at, csat }: Draw): Story {
  const story = prng.pick(automatedStories);
  const minutes = prng.int(1, 12) + prng.next();
  return {
    intent: story.intent,
    sentiment: prng.int(0, 6) / 10,
    messages: [
      { role: 'customer', text: prng.pick(story.opening), at: at(0) },
      { role: 'agent', text: story.answer, at: at(minutes) },
    ],
    action: null,
    escalation: null,
    csat: csat(minutes, true),
  };
}

function escalated({ prng, at, csat }: Draw): Story {
  const story = prng.pick(escalationStories);
  const repAt = prng.int(5, 45);
  const endAt = repAt + prng.int(10, 200);
  return {
    intent: story.intent,
    sentiment: story.reasons.includes('sentiment') ? -prng.int(5, 9) / 10 : -prng.int(0, 4) / 10,
    messages: [
      { role: 'customer', text: story.opening, at: at(0) },
      {
        role: 'agent',
        text: 'I am passing you to a colleague who has everything we discussed.',
        at: at(1),
      },
      { role: 'rep', text: 'Hi, I have read the conversation and I am on it.', at: at(repAt) },
      { role: 'rep', text: 'All sorted: you will get a confirmation by email.', at: at(endAt) },
    ],
    action: null,
    escalation: { reasons: story.reasons, at: at(1) },
    csat: csat(endAt, prng.chance(0.5)),
  };
}

/** A write or money tool a rep approved as proposed, approved after an edit, or rejected. */
function decided({ prng, at, csat }: Draw, edited: boolean, rejected: boolean, customerId: string): Story {
  const story = prng.pick(toolStories);
  const orderId = `ord_${String(prng.int(1, 4999)).padStart(5, '0')}`;
  const proposedArgs = story.args(prng, orderId, customerId);
  const decidedMinutes = prng.int(3, 90);
  const endMinutes = decidedMinutes + prng.int(1, 5);
  const approvedArgs = edited ? story.edit(proposedArgs) : rejected ? null : { ...proposedArgs };
  return {
    intent: story.intent,
    sentiment: -prng.int(0, 5) / 10,
    messages: [
      { role: 'customer', text: story.opening, at: at(0) },
      {
        role: 'agent',
        text: 'I have asked a colleague to approve this; it will not take long.',
        at: at(1),
      },
      rejected
        ? {
            role: 'rep',
            text: 'I looked into it and we cannot do this one; here is why, and what we can offer instead.',
            at: at(endMinutes),
          }
        : { role: 'agent', text: story.answer, at: at(endMinutes) },
    ],
    action: {
      tool: story.tool,
      proposedArgs,
      approvedArgs,
      decision: rejected ? 'rejected' : 'approved',
      rejectReason: rejected ? prng.pick(rejectReasons) : null,
      rule: story.rule,
      createdAt: at(1),
      decidedAt: at(decidedMinutes),
    },
    escalation: null,
    csat: csat(endMinutes, !rejected),
  };
}
