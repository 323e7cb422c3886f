import type { Perception } from './perceive';
import type { AgentState } from './state';

/** What the customer has claimed so far, with what one more message says (newer facts win). */
export const mergeClaims = (
  previous: AgentState['claims'],
  entities: Perception['entities'],
): AgentState['claims'] => ({
  orderIds: [...new Set([...entities.orderIds, ...previous.orderIds])],
  emails: [...new Set([...previous.emails, ...entities.emails])],
  amounts: entities.amounts.length ? entities.amounts : previous.amounts,
  deadline: entities.deadline ?? previous.deadline,
  when: entities.when ?? previous.when,
  names: [...new Set([...previous.names, ...entities.names])],
  zip: entities.zip ?? previous.zip,
  address: entities.address ?? previous.address,
});
