/** The scripted customer of the τ²-bench retail replay: what it says first, and how it answers questions. */

export interface Tau2Identity {
  email: string | null;
  name: string | null;
  zip: string | null;
}

/**
 * Who the customer is, from the task's known info, which words it many ways: "You are Yusuf Rossi in zip
 * code 19122", "You name is Lei Li and your zip code is 85033", "You are user noah_ito_3850 living in
 * Seattle WA 98187", "an interesting guy called Noah Patel… in 10108".
 */
export function identityOf(knownInfo: string): Tau2Identity {
  const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(knownInfo)?.[0] ?? null;
  // Either a name or the benchmark's user id ("mei_kovacs_8020").
  const name =
    /\b(?:You are|Your? name is)\s+(?:user\s+|an?\s+[\w\s]+?\s+called\s+)?([A-Z][a-z]+ [A-Z][a-z]+|[a-z]+_[a-z]+_\d+)/.exec(
      knownInfo,
    )?.[1] ?? null;
  // The first five-digit number: the zip code, however it is introduced.
  const zip = /\b(\d{5})\b/.exec(knownInfo.replace(email ?? '', ''))?.[1] ?? null;
  return { email, name, zip };
}

/** The task's reason for the call in the first person, its first two sentences. */
export function openingMessage(reasonForCall: string): string {
  const firstPerson = reasonForCall
    .replace(/\bYou are\b/g, 'I am')
    .replace(/\bYou were\b/g, 'I was')
    .replace(/\bYou have\b/g, 'I have')
    .replace(/\bYou\b/g, 'I')
    .replace(/\byou are\b/g, 'I am')
    .replace(/\byou\b/g, 'I')
    .replace(/\bYour\b/g, 'My')
    .replace(/\byour\b/g, 'my')
    .replace(/\byourself\b/g, 'myself');
  return firstPerson
    .split(/(?<=[.!?])\s+/)
    .slice(0, 2)
    .join(' ');
}

/** The order ids the task mentions, in order. */
export const orderIdsIn = (text: string): string[] => [...new Set(text.match(/#W\d{7}/g) ?? [])];

/** The answer to the agent's question, from what the customer knows; null when it has nothing to add. */
export function answerTo(question: string, identity: Tau2Identity, orderIds: string[]): string | null {
  if (/email|who you are|find an account/i.test(question)) {
    if (identity.email) return `My email is ${identity.email}.`;
    if (identity.name) return `I'm ${identity.name}${identity.zip ? `, zip code ${identity.zip}` : ''}.`;
  }
  if (/order number|which one|several orders|order that matches/i.test(question) && orderIds[0]) {
    return `It's order ${orderIds[0]}.`;
  }
  if (/just to confirm/i.test(question)) return 'Yes, please go ahead.';
  return null;
}
