import type { Address, Customer, PaymentMethod, Tier } from '../format';
import type { Prng } from '../prng';
import { cities, emailDomains, firstNames, lastNames, streetKinds, streetNames } from './people-tables';
import { addDays, iso } from '../../../shared/time';

/** A customer before their orders are known: lifetime value and tier are settled afterwards. */
export interface CustomerDraft {
  customer: Customer;
  /** The spending segment drawn up front; orders are spread by it and scenarios pick from it. */
  segment: Tier;
  /** Spend before the generated order history, in cents. */
  priorCents: number;
}

const segmentWeights: Record<Tier, number> = { bronze: 45, silver: 33, gold: 15, platinum: 7 };
const priorSpend: Record<Tier, [number, number]> = {
  bronze: [40, 800],
  silver: [1_000, 4_200],
  gold: [5_000, 8_800],
  platinum: [10_000, 32_000],
};

/** ASCII for email local parts: "Tomás O'Connor" → "tomas.oconnor". */
const emailPart = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A street address in one of the generated cities; sometimes with an apartment or suite. */
export function generateAddress(rng: Prng): Address {
  const place = rng.pick(cities);
  const address: Address = {
    line1: `${rng.int(10, 9899)} ${rng.pick(streetNames)} ${rng.pick(streetKinds)}`,
    city: place.city,
    state: place.state,
    zip: `${place.zip}${String(rng.int(1, 99)).padStart(2, '0')}`,
    country: 'US',
  };
  if (rng.chance(0.3))
    address.line2 = rng.chance(0.7)
      ? `Apt ${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', 'D'])}`
      : `Suite ${rng.int(100, 990)}`;
  return address;
}

function paymentMethods(rng: Prng, number: string): PaymentMethod[] {
  const methods: PaymentMethod[] = [
    rng.chance(0.8)
      ? {
          id: `pm_${number}_card`,
          type: 'credit_card',
          brand: rng.pick(['Visa', 'Mastercard', 'Amex', 'Discover']),
          lastFour: String(rng.int(0, 9999)).padStart(4, '0'),
        }
      : {
          id: `pm_${number}_debit`,
          type: 'debit_card',
          brand: rng.pick(['Visa', 'Mastercard']),
          lastFour: String(rng.int(0, 9999)).padStart(4, '0'),
        },
  ];
  if (rng.chance(0.35)) methods.push({ id: `pm_${number}_paypal`, type: 'paypal' });
  if (rng.chance(0.2))
    methods.push({ id: `pm_${number}_gift`, type: 'gift_card', balance: rng.int(0, 20) * 5 });
  return methods;
}

/** `size` customers with ids cus_0001…, reachable by email and (mostly) by phone. */
export function generateCustomers(rng: Prng, size: number, asOf: Date): CustomerDraft[] {
  const width = Math.max(4, String(size).length);
  return Array.from({ length: size }, (_, index): CustomerDraft => {
    const number = String(index + 1).padStart(width, '0');
    const first = rng.pick(firstNames);
    const last = rng.pick(lastNames);
    const segment = rng.weighted(segmentWeights);
    const [low, high] = priorSpend[segment];
    const area = cities[index % cities.length]!.area;
    // 555-01xx numbers are reserved for fiction; area code and index keep them distinct.
    const phone = `+1 ${area}-555-01${String(Math.floor(index / cities.length) % 100).padStart(2, '0')}`;
    return {
      segment,
      priorCents: rng.int(low * 100, high * 100),
      customer: {
        id: `cus_${number}`,
        name: `${first} ${last}`,
        email: `${emailPart(first)}.${emailPart(last)}${index + 1}@${rng.pick(emailDomains)}`,
        phone: rng.chance(0.9) ? phone : null,
        tier: segment,
        lifetimeValue: 0,
        currency: 'USD',
        address: generateAddress(rng),
        paymentMethods: paymentMethods(rng, number),
        createdAt: iso(addDays(asOf, -rng.int(400, 2200) - rng.next())),
      },
    };
  });
}
