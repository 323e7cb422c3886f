import { piiCategories } from '../../shared/privacy';
import { redactDeep } from '../security/redact-deep';
import { isAddressRecord } from './address-text';
import { findPersonalData, replaceSpans } from './find-personal-data';
import { placeholderLabels } from './placeholder-labels';

/** A text with every kind of personal data replaced by its kind: "[EMAIL]", "[CARD]", "[ADDRESS]"… */
export const redactPersonalDataText = (text: string): string =>
  replaceSpans(
    text,
    findPersonalData(text, piiCategories),
    (span) => `[${placeholderLabels[span.category]}]`,
  );

/**
 * The same value with personal data redacted in every string inside it, and postal address records
 * replaced whole by "[ADDRESS]" (for logs and exports, which need no way back).
 */
export const redactPersonalData = (value: unknown): unknown =>
  redactDeep(value, {
    text: redactPersonalDataText,
    object: (record) => (isAddressRecord(record) ? `[${placeholderLabels.address}]` : undefined),
  });
