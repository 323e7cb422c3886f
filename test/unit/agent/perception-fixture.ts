import type { Perception } from '../../../electron/agent/perceive';

const noEntities: Perception['entities'] = {
  orderIds: [],
  emails: [],
  amounts: [],
  deadline: null,
  when: null,
  address: null,
  names: [],
  zip: null,
};

/** What the perceiver would report of a plain English message, with the parts a test cares about. */
export const perceptionOf = (
  overrides: Partial<Perception> = {},
  entities: Partial<Perception['entities']> = {},
): Perception => ({
  intent: 'order_status',
  intentProbability: 0.9,
  ranking: [],
  sentiment: 0,
  flags: { humanRequest: false, legal: false, previousAgentComplaint: false },
  language: 'en',
  ...overrides,
  entities: { ...noEntities, ...overrides.entities, ...entities },
});
