import type { PiiCategory } from '../../../shared/privacy';
import { Pseudonyms } from '../../privacy/pseudonyms';
import type { AgentState } from '../state';
import type { ReasonerInput } from './reasoner';

/**
 * What a remote model may see of a reasoner input: personal data of the given kinds replaced by
 * placeholders, numbered in the order the conversation met them (messages and tool calls by time,
 * then the facts), so the same history gives the same placeholders on every call. The pseudonyms
 * turn the model's answer back; drafts streamed to the rep are turned back as they arrive.
 */
export function placeholderInput(
  input: ReasonerInput,
  categories: readonly PiiCategory[],
): { input: ReasonerInput; pseudonyms: Pseudonyms } {
  const pseudonyms = new Pseudonyms(categories);
  const transcript = [...input.transcript];
  const observations = [...input.observations];
  const events = [
    ...input.transcript.map((message, index) => ({ at: message.at, message: index })),
    ...input.observations.map((observation, index) => ({ at: observation.at, observation: index })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  for (const event of events) {
    if ('message' in event) {
      const message = transcript[event.message]!;
      transcript[event.message] = { ...message, text: pseudonyms.text(message.text) };
    } else {
      const observation = observations[event.observation]!;
      observations[event.observation] = {
        ...observation,
        args: pseudonyms.value(observation.args),
        result: pseudonyms.value(observation.result),
      };
    }
  }
  // An address record among the facts becomes its placeholder string: the prompt only serializes them.
  const state = pseudonyms.value(input.state) as AgentState;
  const onReplyDelta = input.onReplyDelta;
  return {
    input: {
      ...input,
      state,
      transcript,
      observations,
      ...(onReplyDelta ? { onReplyDelta: (text: string) => onReplyDelta(pseudonyms.restoreText(text)) } : {}),
    },
    pseudonyms,
  };
}
