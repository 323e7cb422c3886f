import type { PiiCategory } from '../../shared/privacy';
import { redactDeep } from '../security/redact-deep';
import {
  addressRecordFromText,
  addressRecordKey,
  formatAddress,
  isAddressRecord,
  type AddressRecord,
} from './address-text';
import { findPersonalData, replaceSpans } from './find-personal-data';
import { placeholderLabels } from './placeholder-labels';

interface Original {
  category: PiiCategory;
  /** The value as first written, which a placeholder in text becomes again. */
  text: string;
  /** For an address that came as a record: the record itself. */
  record?: AddressRecord;
}

const PLACEHOLDER = new RegExp(String.raw`\[(?:${Object.values(placeholderLabels).join('|')})_\d+\]`, 'g');

/**
 * Placeholders for the personal data of one conversation: the same value always gets the same one,
 * numbered per kind by first appearance ([EMAIL_1], [ADDRESS_2]), so pseudonyms built over the same
 * history in the same order name everything alike on every call, with nothing stored.
 */
export class Pseudonyms {
  private readonly byKey = new Map<string, string>();
  private readonly originals = new Map<string, Original>();
  private readonly counts = new Map<PiiCategory, number>();

  constructor(private readonly categories: readonly PiiCategory[]) {}

  /** A text with its personal data replaced by placeholders. */
  text(text: string): string {
    return replaceSpans(text, findPersonalData(text, this.categories), (span) =>
      this.placeholder(span.category, span.key, { category: span.category, text: span.text }),
    );
  }

  /** A value (arguments, results, facts) with personal data replaced; an address record becomes one placeholder. */
  value(value: unknown): unknown {
    return redactDeep(value, {
      text: (text) => this.text(text),
      object: (record) =>
        this.categories.includes('address') && isAddressRecord(record)
          ? this.placeholder('address', addressRecordKey(record), {
              category: 'address',
              text: formatAddress(record),
              record,
            })
          : undefined,
    });
  }

  /** Placeholders in a text back to the values they stand for; unknown ones stay as written. */
  restoreText(text: string): string {
    return text.replace(PLACEHOLDER, (placeholder) => this.originals.get(placeholder)?.text ?? placeholder);
  }

  /** Placeholders in every string of a value back to the values they stand for. */
  restoreValue(value: unknown): unknown {
    return redactDeep(value, { text: (text) => this.restoreText(text) });
  }

  /** The postal address an [ADDRESS_n] placeholder stands for, as a record, or null. */
  addressRecord(placeholder: string): AddressRecord | null {
    const original = this.originals.get(placeholder.trim());
    if (original?.category !== 'address') return null;
    return original.record ? { ...original.record } : addressRecordFromText(original.text);
  }

  private placeholder(category: PiiCategory, key: string, original: Original): string {
    const id = `${category}:${key}`;
    const known = this.byKey.get(id);
    if (known) return known;
    const number = (this.counts.get(category) ?? 0) + 1;
    this.counts.set(category, number);
    const placeholder = `[${placeholderLabels[category]}_${number}]`;
    this.byKey.set(id, placeholder);
    this.originals.set(placeholder, original);
    return placeholder;
  }
}
