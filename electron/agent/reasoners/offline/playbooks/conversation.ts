import { confidenceOf, say, type Playbook } from '../playbook-steps';
import { replies } from '../replies';

export const greeting: Playbook = (state) =>
  say(state, 'reply', replies.greeting(state), 'The customer said hello.');

export const goodbye: Playbook = (state) =>
  say(state, 'resolve', replies.goodbye(state), 'The customer is done.');

export const escalate: Playbook = (state) => ({
  kind: 'escalate',
  reasons: ['explicit_request'],
  rationale: 'The customer asked for a person.',
  confidence: confidenceOf(state),
});
