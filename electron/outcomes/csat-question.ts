/** The question the agent asks after it resolves a conversation, and how the customer's answer is read. */

const question = 'How did we do? Reply with a number from 1 (poor) to 5 (great).';

/** What the agent posts after its closing message on a conversation it resolved. */
export const csatQuestion = (): string => question;

/**
 * The score in a bare answer to the CSAT question ("4", " 5! "), or null for anything else, so a
 * customer who writes a new request ("2 more questions") is heard by the agent instead.
 */
export function parseCsatReply(text: string): number | null {
  const match = /^\s*([1-5])\s*[.!]?\s*$/.exec(text);
  return match ? Number(match[1]) : null;
}
