import type { Policy } from '../../shared/policy';
import { withAgenda } from './agenda';
import { answersWithFacts, picksFromQuestion } from './answers-with-facts';
import { mergeClaims } from './claims';
import { isAffirmative } from './confirmation';
import { inboundTriggers } from './gate';
import { OUT_OF_SCOPE } from './nlu/intent-model';
import type { Perception } from './perceive';
import type { RepeatOf } from './repeat-contact';
import { readChangeRequests } from './request/change-requests';
import type { AgentState } from './state';

// How many of the customer's messages the state keeps, for what they named earlier in the conversation.
const maxRemembered = 20;

/** Readings that end or open a conversation rather than answer the agent's question ("thanks, that's all"). */
const closings = new Set(['thanks_goodbye', 'greeting', 'human_request']);

/** One customer message and what was read from it. */
export interface Turn {
  message: { id: string; text: string };
  perception: Perception;
  /** Reads one part of a message that holds several requests. */
  perceivePart: (part: string) => Perception;
  policy: Policy;
}

/** A message's reading, and the conversation's state after it. */
export interface PerceivedTurn {
  state: AgentState;
  /** The message as a whole; the state of a message with several requests reads its first one. */
  intent: string | null;
  confidence: number;
}

/**
 * The state after a customer message: what the customer wants now (or still wants, when the message
 * answers or confirms the request under way), the facts they named, and the escalation triggers it set off.
 */
export function perceiveTurn(previous: AgentState, turn: Turn): PerceivedTurn {
  const { message, perception, policy } = turn;
  const text = message.text;
  const confirming = previous.awaitingConfirmation !== null && isAffirmative(text);
  const answering = answersQuestion(previous, turn);
  // "Yes" to "Just to confirm…?" keeps the request it confirms, now with the customer's certainty;
  // "get me a person" keeps the topic the rep will take over.
  const intent =
    confirming || answering || (perception.intent === 'human_request' && previous.intent !== null)
      ? previous.intent
      : perception.intent;
  const confidence = confirming
    ? 1
    : answering
      ? (previous.confidence ?? perception.intentProbability)
      : perception.intentProbability;
  const lowConfidenceTurns = confidence < policy.thresholds.clarify ? previous.lowConfidenceTurns + 1 : 0;
  let state: AgentState = {
    ...previous,
    turn: previous.turn + 1,
    handledMessageId: message.id,
    runKey: `message:${message.id}`,
    stepsThisTurn: 0,
    repeatsThisTurn: 0,
    lastMessage: text,
    said: [...previous.said, text].slice(-maxRemembered),
    outcome: null,
    intent,
    confidence,
    lowConfidenceTurns,
    sentiment: perception.sentiment,
    awaitingConfirmation: confirming ? previous.awaitingConfirmation : null,
    claims: mergeClaims(previous.claims, perception.entities),
    kbCitations: [],
    agenda: [],
    answered: [],
    otherThan: [],
    ...changeRequests(text, previous, confirming || answering),
  };
  // Several requests in one message ("Has my lamp shipped? Also…"): the first now, the rest after it.
  if (!confirming && !answering) state = withAgenda(state, previous, text, turn.perceivePart, policy);
  // A newly named order replaces the one in focus.
  if (perception.entities.orderIds[0] && perception.entities.orderIds[0] !== previous.order?.id)
    state = { ...state, order: null, shipment: null, candidateOrders: null };
  return {
    state: { ...state, triggers: inboundTriggers(text, perception, state, policy) },
    intent,
    confidence,
  };
}

/** The perceived state once the message turned out to repeat an earlier contact. */
export function withRepeatContact(state: AgentState, turn: Turn, repeatOf: RepeatOf): AgentState {
  const repeated = { ...state, repeatOf };
  return {
    ...repeated,
    triggers: inboundTriggers(turn.message.text, turn.perception, repeated, turn.policy),
  };
}

/**
 * How many days back an earlier contact counts as repeated, when this message is to be checked: the
 * first of a conversation, in a language the intent model reads; null otherwise.
 */
export function repeatContactWindow(previous: AgentState, turn: Turn): number | null {
  const language = turn.perception.language;
  const english = !language || language === 'en';
  const rule = turn.policy.escalation.repeatContact;
  return rule && previous.turn === 0 && english ? rule.withinDays : null;
}

/**
 * An answer to the agent's question about a request it understood continues that request: facts it
 * asked for (a name, an email, an order number), or words that are no request of their own ("the
 * navy one", "large please").
 */
function answersQuestion(previous: AgentState, { message, perception, policy }: Turn): boolean {
  const clarify = policy.thresholds.clarify;
  return (
    previous.outcome === 'clarifying' &&
    previous.intent !== null &&
    previous.intent !== OUT_OF_SCOPE &&
    (previous.confidence ?? 0) >= clarify &&
    (answersWithFacts(message.text, perception.entities) ||
      (picksFromQuestion(message.text) && !closings.has(perception.intent)) ||
      perception.intent === OUT_OF_SCOPE ||
      perception.intentProbability < clarify)
  );
}

/**
 * The changes asked for in so many words: an answer or a "yes" continues the request under way, so
 * what was asked before still counts; a new request starts afresh.
 */
function changeRequests(text: string, previous: AgentState, continuing: boolean) {
  const read = readChangeRequests(text);
  return continuing
    ? {
        requested: [...new Set([...previous.requested, ...read.explicit])],
        offTargets: [...new Set([...previous.offTargets, ...read.offTargets])],
        compensation: previous.compensation || read.compensation,
      }
    : { requested: read.explicit, offTargets: read.offTargets, compensation: read.compensation };
}
