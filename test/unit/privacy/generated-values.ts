import { Prng } from '../../../electron/sandbox/prng';

/** Seeded, so a failure names a value that fails again on every run. */
export const rng = () => new Prng(20_261_127);

const digits = (random: Prng, count: number) =>
  Array.from({ length: count }, () => random.int(0, 9)).join('');

/** The digit that makes `body` + digit pass the Luhn check. */
export function luhnDigit(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index++) {
    let digit = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Card networks: a prefix and a length each. */
const networks = [
  { prefix: '4', length: 16 },
  { prefix: '4', length: 13 },
  { prefix: '51', length: 16 },
  { prefix: '2221', length: 16 },
  { prefix: '34', length: 15 },
  { prefix: '37', length: 15 },
  { prefix: '6011', length: 16 },
  { prefix: '65', length: 19 },
  { prefix: '36', length: 14 },
];

/** A card number that passes Luhn, written solid, in fours with spaces, or in fours with dashes. */
export function cardNumber(random: Prng): { written: string; digits: string } {
  const { prefix, length } = random.pick(networks);
  const body = prefix + digits(random, length - prefix.length - 1);
  const full = `${body}${luhnDigit(body)}`;
  const separator = random.pick(['', ' ', '-']);
  return { written: separator ? (full.match(/.{1,4}/g) ?? []).join(separator) : full, digits: full };
}

/** An SSN the SSA could issue, written with dashes or spaces. */
export function ssn(random: Prng): string {
  const area = String(random.pick([random.int(1, 665), random.int(667, 899)])).padStart(3, '0');
  const group = String(random.int(1, 99)).padStart(2, '0');
  const serial = String(random.int(1, 9999)).padStart(4, '0');
  const separator = random.pick(['-', ' ']);
  return [area, group, serial].join(separator);
}

const ibanCountries = {
  DE: 22,
  GB: 22,
  FR: 27,
  NL: 18,
  ES: 24,
  IT: 27,
  BE: 16,
  CH: 21,
  NO: 15,
  PL: 28,
} as const;

/** Check digits that make a country code and account part a valid IBAN. */
export function ibanCheckDigits(country: string, account: string): string {
  const numeric = `${account}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return String(98 - remainder).padStart(2, '0');
}

/** A valid IBAN of a random country, written solid or in groups of four. */
export function iban(random: Prng): { written: string; compact: string } {
  const [country, length] = random.pick(Object.entries(ibanCountries));
  const account = Array.from({ length: length - 4 }, (_, index) =>
    index < 4 && country === 'GB' ? String.fromCharCode(65 + random.int(0, 25)) : String(random.int(0, 9)),
  ).join('');
  const compact = `${country}${ibanCheckDigits(country, account)}${account}`;
  return { written: random.chance(0.5) ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact, compact };
}

const areaCodes = ['212', '213', '305', '312', '404', '415', '512', '617', '702', '808', '907', '206'];

/** A US phone number in one of the ways people write them. */
export function usPhone(random: Prng): string {
  const area = random.pick(areaCodes);
  const exchange = `${random.int(2, 9)}${digits(random, 2)}`;
  const line = digits(random, 4);
  return random.pick([
    `(${area}) ${exchange}-${line}`,
    `${area}-${exchange}-${line}`,
    `${area}.${exchange}.${line}`,
    `+1 ${area} ${exchange} ${line}`,
    `+1-${area}-${exchange}-${line}`,
    `${area}${exchange}${line}`,
  ]);
}

const names = ['ana', 'li.wei', 'o_brien', 'zoe+orders', 'm.garcia-lopez', 'k9'];
const domains = ['example.com', 'mail.example.org', 'shop.co.uk', 'EXAMPLE.NET'];

export const email = (random: Prng): string =>
  `${random.pick(names)}${random.int(1, 999)}@${random.pick(domains)}`;

const streetNames = ['Oak', 'Maple', 'Lake View', 'Martin Luther King', '5th', 'Pennsylvania', 'Old Mill'];
const streetTypes = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Drive', 'Blvd', 'Way', 'Court'];
const places = ['Springfield, IL 62704', 'Austin, TX 78701', 'New York, NY 10003', 'Portland, ME 04101'];

/** A street address as customers write one: house number, street, sometimes a unit, city, state and zip. */
export function streetAddress(random: Prng): string {
  const unit = random.pick(['', ', Apt 4B', ' Suite 200', ' Unit 7']);
  return `${random.int(1, 9999)} ${random.pick(streetNames)} ${random.pick(streetTypes)}${unit}, ${random.pick(places)}`;
}
