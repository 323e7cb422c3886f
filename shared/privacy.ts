import { z } from 'zod';

/** Kinds of personal data the app recognises in text and keeps from a remote model. */
export const PiiCategory = z.enum(['card_number', 'ssn', 'iban', 'phone', 'email', 'address']);
export type PiiCategory = z.infer<typeof PiiCategory>;

export const piiCategories: readonly PiiCategory[] = PiiCategory.options;

/** The policy's `privacy:` section: which kinds are replaced by placeholders before a remote model sees them. */
export const PrivacyPolicy = z
  .object({
    redactForModel: z
      .array(PiiCategory)
      .default([...piiCategories])
      .refine((list) => new Set(list).size === list.length, { message: 'each category once' }),
  })
  .strict();
export type PrivacyPolicy = z.infer<typeof PrivacyPolicy>;

/** What to redact for the model under a policy: every kind unless the policy narrows it. */
export const redactedForModel = (privacy: PrivacyPolicy | undefined): readonly PiiCategory[] =>
  privacy?.redactForModel ?? piiCategories;
