/** One variant of a product, as the catalog lists it. */
export interface VariantFacts {
  sku: string;
  options: Record<string, string>;
  price: number;
  available: boolean;
}

/** The variant to exchange an item for: one, several that fit equally (ask), or none (hand to the team). */
export type VariantChoice =
  { kind: 'chosen'; sku: string } | { kind: 'several'; skus: string[] } | { kind: 'none'; reason: string };

// Letter sizes and the words customers use for them.
const SIZE_WORDS: Readonly<Record<string, string[]>> = {
  xs: ['extra small'],
  s: ['small'],
  m: ['medium'],
  l: ['large'],
  xl: ['extra large'],
};
const ORDINAL_SCALES = [
  ['xs', 's', 'm', 'l', 'xl', 'xxl'],
  ['low', 'medium', 'high'],
  ['small', 'medium', 'large'],
  ['beginner', 'intermediate', 'expert'],
];
// Units folded to one per kind, so "1TB" ranks above "512GB" and "1.5 liters" above "1000ml".
const UNIT_FACTOR: Readonly<Record<string, number>> = { tb: 1024, l: 1000, liter: 1000, liters: 1000 };

/** Lower case, and "1000 ml" written as "1000ml", so values and text compare as they are read. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(
      /(\d)\s+(?=(?:ml|l|liters?|cups?|gb|tb|mb|inch|inches|ft|hours?|mah|mp|bar|degrees|lbs|mm|w|x|k|p)\b)/g,
      '$1',
    )
    .replace(/\s+/g, ' ');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (text: string, phrase: string) =>
  new RegExp(`(?<![a-z0-9])${escape(fold(phrase))}(?![a-z0-9])`).test(text);

/** The ways a customer may write an option value: itself, and for a letter size its words ("medium"). */
const phrasesOf = (value: string) => {
  const words = SIZE_WORDS[value.toLowerCase()];
  return words ? [value, ...words] : [value];
};

/** A rank for each value when the values are ordered (numbers with units, or a known scale); else null. */
function ranks(values: readonly string[]): Map<string, number> | null {
  const numeric = values.map((value) => {
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)/.exec(value.toLowerCase());
    return match ? Number(match[1]) * (UNIT_FACTOR[match[2]!] ?? 1) : null;
  });
  if (numeric.every((n) => n !== null)) return new Map(values.map((v, i) => [v, numeric[i]!]));
  const scale = ORDINAL_SCALES.find((s) => values.every((v) => s.includes(v.toLowerCase())));
  return scale ? new Map(values.map((v) => [v, scale.indexOf(v.toLowerCase())])) : null;
}

const SIZE_LIKE = /size|capacity|storage|length|diameter|height|piece|volume|weight/;
/** Comparatives and the option keys they are about when the customer names none. */
const COMPARATIVES: { pattern: RegExp; direction: 'up' | 'down' | 'max' | 'min'; keys: RegExp }[] = [
  { pattern: /\b(?:brighter|more bright)\b/, direction: 'up', keys: /bright/ },
  { pattern: /\b(?:dimmer|less bright)\b/, direction: 'down', keys: /bright/ },
  { pattern: /\blonger\b/, direction: 'up', keys: /battery life|length/ },
  { pattern: /\b(?:maximum|max|largest|biggest|highest)\b/, direction: 'max', keys: SIZE_LIKE },
  { pattern: /\b(?:minimum|min|smallest|lowest)\b/, direction: 'min', keys: SIZE_LIKE },
  { pattern: /\b(?:bigger|larger)\b|\btoo (?:small|short|tight)\b/, direction: 'up', keys: SIZE_LIKE },
  { pattern: /\bsmaller\b|\btoo (?:big|large|long|loose)\b/, direction: 'down', keys: SIZE_LIKE },
  // "more storage", "less capacity": only with the option named after it.
  { pattern: /\bmore\b/, direction: 'up', keys: /^$/ },
  { pattern: /\bless\b/, direction: 'down', keys: /^$/ },
];

const SAME_ITEM =
  /\b(?:same|identical)\s+(?:item|one|product|model|thing|variant)\b|\bexact(?:ly)?\s+the\s+same\b|\breplacement\b|\ba new one\b/;

/**
 * The option values the customer asked for, by option key: values they named (a letter size by its word;
 * a yes/no option by its name, "waterproof"), without the one they have when they named another, else the
 * next value up or down, or the largest or smallest, for a comparative ("bigger", "maximum size", "too
 * small"). A value that fits several keys goes to the key named next to it, or to the only key that has no
 * value yet; otherwise it is left out.
 */
export function wantedOptions(
  variants: readonly VariantFacts[],
  current: Readonly<Record<string, string>>,
  said: readonly string[],
): Map<string, Set<string>> {
  const raw = said.join('\n');
  const text = fold(raw);
  // "too small" says what is wrong with the item they have, not what they want instead.
  const asked = text.replace(/\btoo\s+\w+/g, ' ');
  const askedAsWritten = raw.replace(/\btoo\s+\w+/gi, ' ');
  const keys = [...new Set(variants.flatMap((v) => Object.keys(v.options)))];
  const valuesOf = (key: string) => [
    ...new Set(variants.map((v) => v.options[key]).filter((v) => v !== undefined)),
  ];
  const wanted = new Map<string, Set<string>>();
  const want = (key: string, value: string) => wanted.set(key, (wanted.get(key) ?? new Set()).add(value));

  const matches: { key: string; value: string; phrase: string; nextToKey: boolean }[] = [];
  for (const key of keys) {
    const values = valuesOf(key);
    if (values.every((v) => v === 'yes' || v === 'no')) {
      if (mentions(asked, key)) {
        const negated = new RegExp(`\\b(?:not|non|no|without)[\\s-]+${escape(fold(key))}\\b`).test(asked);
        want(key, negated ? 'no' : 'yes');
      }
      continue;
    }
    for (const value of values) {
      for (const phrase of phrasesOf(value)) {
        // A letter size counts as written only in capitals ("M", not the "m" of "I'm").
        const written = /^[A-Z]{1,3}$/.test(phrase)
          ? new RegExp(`(?<![A-Za-z0-9'’])${phrase}(?![A-Za-z0-9])`).test(askedAsWritten)
          : mentions(asked, phrase);
        if (!written) continue;
        const nextToKey = mentions(asked, `${phrase} ${key}`) || mentions(asked, `${key} ${phrase}`);
        matches.push({ key, value, phrase: fold(phrase), nextToKey });
      }
    }
  }
  const boundKeys = new Set(matches.filter((m) => m.nextToKey).map((m) => m.key));
  for (const match of matches) {
    const rivals = matches.filter((m) => m.phrase === match.phrase);
    const unbound = rivals.filter((m) => !boundKeys.has(m.key));
    const keep =
      rivals.length === 1 ||
      match.nextToKey ||
      (!rivals.some((m) => m.nextToKey) && unbound.length === 1 && unbound[0] === match);
    if (keep) want(match.key, match.value);
  }
  for (const [key, values] of wanted) {
    const have = current[key];
    if (have !== undefined && values.size > 1) values.delete(have);
  }

  for (const { pattern, direction, keys: about } of COMPARATIVES) {
    const found = pattern.exec(text);
    if (!found) continue;
    // "maximum size", "more storage": the key named right after the word; else the keys it is usually about.
    const after = text.slice(found.index + found[0].length, found.index + found[0].length + 30);
    const named = keys.filter((key) => new RegExp(`^\\s*(?:\\w+\\s+)?${escape(fold(key))}\\b`).test(after));
    for (const key of named.length > 0 ? named : keys.filter((k) => about.test(k))) {
      const have = current[key];
      const explicit = wanted.get(key);
      if (explicit && [...explicit].some((v) => v !== have)) continue;
      const order = ranks(valuesOf(key));
      if (!order) continue;
      const sorted = [...order.entries()].sort((a, b) => a[1] - b[1]).map(([v]) => v);
      const at = have === undefined ? -1 : sorted.indexOf(have);
      const pick =
        direction === 'max'
          ? sorted.at(-1)
          : direction === 'min'
            ? sorted[0]
            : at < 0
              ? undefined
              : sorted[direction === 'up' ? at + 1 : at - 1];
      if (pick !== undefined && pick !== have) wanted.set(key, new Set([pick]));
    }
  }
  return wanted;
}

/**
 * The variant of the same product to exchange an item for, from what the customer asked: the available
 * variants with every option they asked for, preferring those that keep the options they did not mention.
 * Asked for nothing but "the same one"? The same variant, when it is available.
 */
export function chooseVariant(
  variants: readonly VariantFacts[],
  currentSku: string,
  said: readonly string[],
): VariantChoice {
  const current = variants.find((v) => v.sku === currentSku)?.options ?? {};
  const wanted = wantedOptions(variants, current, said);
  if (wanted.size === 0) {
    if (!SAME_ITEM.test(fold(said.join('\n')))) return { kind: 'none', reason: 'no option was named' };
    return variants.some((v) => v.sku === currentSku && v.available)
      ? { kind: 'chosen', sku: currentSku }
      : { kind: 'none', reason: 'the same variant is not available' };
  }
  const fits = variants.filter(
    (v) =>
      v.available &&
      v.sku !== currentSku &&
      [...wanted].every(([key, values]) => values.has(v.options[key] ?? '')),
  );
  if (fits.length === 0) {
    const asked = [...wanted].map(([key, values]) => `${key} ${[...values].join(' or ')}`).join(', ');
    return { kind: 'none', reason: `no available variant has ${asked}` };
  }
  const kept = (v: VariantFacts) =>
    Object.entries(current).filter(([key, value]) => !wanted.has(key) && v.options[key] === value).length;
  const best = Math.max(...fits.map(kept));
  const top = fits.filter((v) => kept(v) === best);
  return top.length === 1
    ? { kind: 'chosen', sku: top[0]!.sku }
    : { kind: 'several', skus: top.map((v) => v.sku) };
}
