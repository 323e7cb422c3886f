/** What the agent reads from one inbound message before it reasons. */
export interface Perception {
  intent: string;
  /** Calibrated probability of `intent`. */
  intentProbability: number;
  /** The top intents with their probabilities, for the timeline. */
  ranking: { label: string; probability: number }[];
  /** In [-1, 1]. */
  sentiment: number;
  flags: { humanRequest: boolean; legal: boolean; previousAgentComplaint: boolean };
  /**
   * ISO 639-1 code of the language the message is clearly written in ("es"); null when it is too short
   * or mixed to tell. Absent when the perceiver does not read languages.
   */
  language?: string | null;
  entities: {
    orderIds: string[];
    emails: string[];
    amounts: number[];
    /** ISO date of a deadline such as "by Friday". */
    deadline: string | null;
    /** The first date the message names, with its time when one was said. */
    when: { date: string; time?: string } | null;
    address: Record<string, string> | null;
    names: string[];
    /** A postal code the customer gave on its own ("zip code 19122"), to narrow a name lookup. */
    zip: string | null;
  };
}

/** Reads a message relative to `now` (for dates such as "by Friday"). */
export type Perceiver = (text: string, now: Date) => Perception;
