/** Where an entity was found: character offsets into the original text, end exclusive, and the text there. */
export interface EntitySpan {
  start: number;
  end: number;
  text: string;
}

/** An order reference: "#W1234567", "ORD-12345", or seven digits right after the word "order". */
export interface OrderIdEntity extends EntitySpan {
  type: 'order_id';
  /** Canonical form: "#W" ids upper-cased with the hash, "ORD-" ids upper-cased, bare ids as digits. */
  value: string;
}

export interface EmailEntity extends EntitySpan {
  type: 'email';
  /** Lower-cased address. */
  value: string;
}

export interface PhoneEntity extends EntitySpan {
  type: 'phone';
  /** Digits only, with a leading "+" when the number was written with one. */
  value: string;
}

export interface PersonNameEntity extends EntitySpan {
  type: 'person_name';
  /** The name with each part capitalized. */
  value: string;
}

export interface MoneyEntity extends EntitySpan {
  type: 'money';
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface DateEntity extends EntitySpan {
  type: 'date';
  /** Calendar date (YYYY-MM-DD) in the reference time zone. */
  date: string;
  /** Clock time (HH:MM) when one was said. */
  time?: string;
  /** True when the date is a limit ("by Friday", "before the 12th", "no later than Monday"). */
  deadline: boolean;
}

export interface SkuEntity extends EntitySpan {
  type: 'sku';
  /** Upper-cased product code. */
  value: string;
}

export interface AddressEntity extends EntitySpan {
  type: 'address';
  /** Street number and name, with the unit when there is one ("1200 Pine Ave Apt 5"). */
  street: string;
  city?: string;
  /** Two-letter state or province code. */
  state?: string;
  zip?: string;
  /** As written after the postcode ("UK", "Germany"); absent for a US-style address. */
  country?: string;
}

/** Anything the extractor recognizes, discriminated by `type`. */
export type Entity =
  | OrderIdEntity
  | EmailEntity
  | PhoneEntity
  | PersonNameEntity
  | MoneyEntity
  | DateEntity
  | SkuEntity
  | AddressEntity;
