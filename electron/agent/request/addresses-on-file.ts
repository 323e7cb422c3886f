import type { AgentState } from '../state';

type Candidate = NonNullable<AgentState['candidateOrders']>[number];
type Address = Record<string, string>;

// What customers call a city instead of its name; "LA" only in capitals (not the "la" of a name).
const NICKNAMES: readonly [RegExp, string][] = [
  [/\bnyc\b|\bnew york city\b|\bbig apple\b|\bmanhattan\b/i, 'new york'],
  [/\bLA\b/, 'los angeles'],
  [/\bSF\b|\bsan fran\b/i, 'san francisco'],
  [/\bDC\b|\bD\.C\./, 'washington'],
  [/\bphilly\b/i, 'philadelphia'],
  [/\bvegas\b/i, 'las vegas'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where in the text a city is first named, by its name or a nickname; -1 when it is not. */
function firstMention(text: string, city: string): number {
  const name = city.trim().toLowerCase();
  if (!name) return -1;
  const positions = [
    text.toLowerCase().search(new RegExp(`\\b${escape(name)}\\b`)),
    ...NICKNAMES.filter(([, real]) => real === name).map(([nick]) => text.search(nick)),
  ].filter((at) => at >= 0);
  return positions.length === 0 ? -1 : Math.min(...positions);
}

const said = (state: AgentState) => state.said.join('\n');
const sameAddress = (a: Address, b: Address) =>
  (a.line1 ?? '').toLowerCase() === (b.line1 ?? '').toLowerCase() && a.zip === b.zip;

/** The customer refers to an address by whose it is, not by its street: "my NYC address", "our office address". */
export const refersToAddressOnFile = (state: AgentState) =>
  /\b(?:my|our|the)\s+(?:[\w.]+\s+){0,2}address\b/i.test(said(state));

/**
 * The order among several whose shipping address is in the city the customer named first ("change my LA
 * order to my NYC address" means the Los Angeles one). Null when no candidate's city is named.
 */
export function orderByCity(candidates: readonly Candidate[], state: AgentState): string | null {
  const text = said(state);
  const named = candidates
    .map((order) => ({ id: order.id, at: order.address ? firstMention(text, order.address.city ?? '') : -1 }))
    .filter((order) => order.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (named.length === 0 || (named[1] && named[1].at === named[0]!.at)) return null;
  return named[0]!.id;
}

/**
 * The address on file the customer means, from the addresses their other orders ship to: the one in a
 * city they named that is not where the order in focus already goes. Null unless exactly one fits.
 */
export function addressOnFile(state: AgentState): Address | null {
  const text = said(state);
  const current = state.candidateOrders?.find((o) => o.id === state.order?.id)?.address ?? null;
  const fitting: Address[] = [];
  for (const order of state.candidateOrders ?? []) {
    const address = order.address;
    if (!address || (current && sameAddress(address, current))) continue;
    if (current && (current.city ?? '').toLowerCase() === (address.city ?? '').toLowerCase()) continue;
    if (firstMention(text, address.city ?? '') < 0) continue;
    if (!fitting.some((a) => sameAddress(a, address))) fitting.push(address);
  }
  return fitting.length === 1 ? fitting[0]! : null;
}
