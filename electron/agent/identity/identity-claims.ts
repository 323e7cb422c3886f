import type { Perception } from '../perceive';

/** Something in a message that names a customer account: who the writer says they are. */
export type IdentityClaim =
  | { kind: 'email'; email: string }
  | { kind: 'customerId'; customerId: string }
  | { kind: 'nameAndZip'; name: string; zip: string };

// Account ids as systems write them: "cus_0042", "mei_kovacs_8020".
const ACCOUNT_ID = /\b[a-z]+(?:_[a-z]+)*_\d{3,}\b/g;

const words = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);

/** The verified customer, as far as a claim can be compared with them without asking a system. */
export interface KnownCustomer {
  id: string;
  email: string;
  name: string;
}

/**
 * Claims in one message of an identity other than the verified one. With nobody verified, every
 * claim counts; a name counts only with a zip code (a first name alone identifies nobody), and a
 * name the verified customer carries is theirs, whatever zip comes with it.
 */
export function identityClaims(
  text: string,
  entities: Perception['entities'],
  verified: KnownCustomer | null,
): IdentityClaim[] {
  const claims: IdentityClaim[] = [];
  for (const email of entities.emails)
    if (email.toLowerCase() !== verified?.email.toLowerCase()) claims.push({ kind: 'email', email });
  for (const customerId of new Set(text.match(ACCOUNT_ID) ?? []))
    if (customerId !== verified?.id) claims.push({ kind: 'customerId', customerId });
  if (entities.zip) {
    const own = verified ? new Set(words(verified.name)) : new Set<string>();
    for (const name of entities.names)
      if (!words(name).every((word) => own.has(word)))
        claims.push({ kind: 'nameAndZip', name, zip: entities.zip });
  }
  return claims;
}

/** How a claim reads back to the customer ("ana@example.com", "account cus_0042", "Dana Lee, 10001"). */
export function describeClaim(claim: IdentityClaim): string {
  switch (claim.kind) {
    case 'email':
      return claim.email;
    case 'customerId':
      return `account ${claim.customerId}`;
    case 'nameAndZip':
      return `${claim.name} (${claim.zip})`;
  }
}
