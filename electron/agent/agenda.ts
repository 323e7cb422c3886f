import type { Policy } from '../../shared/policy';
import { mergeClaims } from './claims';
import { OUT_OF_SCOPE } from './nlu/intent-model';
import type { Perception } from './perceive';
import { readChangeRequests } from './request/change-requests';
import { pointsToOtherOrder, splitRequests } from './request/request-parts';
import type { AgentRequest, AgentState } from './state';

/** A part that points back at what was just said ("when will it arrive?") is about the same thing. */
const SAME_THING = /\b(?:it|its|it['’]s|this|that|them|they|one)\b|^[^?]*$/iu;

/** Readings that are no request of their own: a greeting or thanks around a request is not a second one. */
const noRequest = new Set(['greeting', 'thanks_goodbye']);

/** One request as the state's current one: its reading, its words, its claims and what it asks to change. */
function focusOn(state: AgentState, request: AgentRequest): AgentState {
  return {
    ...state,
    intent: request.intent,
    confidence: request.confidence,
    lastMessage: request.text,
    said: [...state.said.slice(0, -1), request.text],
    claims: request.claims,
    requested: request.requested,
    offTargets: request.offTargets,
    compensation: request.compensation,
    kbCitations: [],
  };
}

/**
 * A message that carries several requests, each read on its own: the state takes on the first and keeps
 * the others as its agenda. A message with one request is left as it is.
 */
export function withAgenda(
  state: AgentState,
  previous: AgentState,
  text: string,
  perceive: (part: string) => Perception,
  policy: Policy,
): AgentState {
  const parts = splitRequests(text);
  if (parts.length < 2) return state;
  const requests: AgentRequest[] = [];
  for (const part of parts) {
    const read = perceive(part);
    // A part the model cannot place on its own ("where's the blanket at?") takes its best in-scope reading.
    const intent =
      read.intent === OUT_OF_SCOPE
        ? (read.ranking.find((r) => r.label !== OUT_OF_SCOPE)?.label ?? null)
        : read.intent;
    if (!intent || noRequest.has(intent) || read.intentProbability < policy.thresholds.clarify) continue;
    const last = requests.at(-1);
    // The same request said again about the same thing ("where is it, and when will it arrive?") stays one.
    if (last && last.intent === intent && read.entities.orderIds.length === 0 && SAME_THING.test(part)) {
      last.text = `${last.text} ${part}`;
      continue;
    }
    const changes = readChangeRequests(part);
    requests.push({
      intent,
      confidence: read.intentProbability,
      text: part,
      claims: mergeClaims(previous.claims, read.entities),
      requested: changes.explicit,
      offTargets: changes.offTargets,
      compensation: changes.compensation,
    });
  }
  if (requests.length < 2) return state;
  const [first, ...rest] = requests;
  return { ...focusOn(state, first!), agenda: rest };
}

/**
 * After one request of a message is answered (`text`), the next one on the agenda, as a turn of its own;
 * null when none is left. "My other order" leaves out the order the answered request was about.
 */
export function nextRequest(
  state: AgentState,
  text: string,
  kind: 'reply' | 'clarify' | 'resolve',
): AgentState | null {
  const [next, ...rest] = state.agenda;
  if (!next) return null;
  const handled = state.order?.id;
  return {
    ...focusOn(state, next),
    agenda: rest,
    answered: [...state.answered, { text, kind }],
    turn: state.turn + 1,
    stepsThisTurn: 0,
    repeatsThisTurn: 0,
    order: null,
    shipment: null,
    otherThan: handled && pointsToOtherOrder(next.text) ? [...state.otherThan, handled] : state.otherThan,
    awaitingConfirmation: null,
  };
}
