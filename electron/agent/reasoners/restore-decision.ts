import { z } from 'zod';
import { Address, isToolName, tools, type CatalogToolName } from '../../../shared/tools';
import type { AddressRecord } from '../../privacy/address-text';
import type { Pseudonyms } from '../../privacy/pseudonyms';
import type { Decision } from '../decision';

/** The arguments of a tool that take a postal address record (orders.updateAddress: address). */
function addressFieldsOf(tool: CatalogToolName): string[] {
  if (!isToolName(tool)) return [];
  const input: z.ZodType = tools[tool].input;
  if (!(input instanceof z.ZodObject)) return [];
  return Object.entries(input.shape as Record<string, z.ZodType>)
    .filter(([, schema]) => unwrapOptional(schema) === Address)
    .map(([field]) => field);
}

const unwrapOptional = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodNullable
    ? unwrapOptional(schema.unwrap() as z.ZodType)
    : schema;

/** A lone [ADDRESS_n], or a record whose street line is one, stands for the whole address. */
function addressStoodFor(value: unknown, pseudonyms: Pseudonyms): AddressRecord | null {
  if (typeof value === 'string') return pseudonyms.addressRecord(value);
  if (typeof value === 'object' && value !== null && 'line1' in value && typeof value.line1 === 'string')
    return pseudonyms.addressRecord(value.line1);
  return null;
}

/**
 * A decision of a model that saw placeholders, with the values they stand for put back before
 * anything is said or run: in the text for the customer, the rationale and every tool argument, and
 * as the structured record in an argument that takes a postal address.
 */
export function restoreDecision(decision: Decision, pseudonyms: Pseudonyms): Decision {
  const rationale = pseudonyms.restoreText(decision.rationale);
  switch (decision.kind) {
    case 'tool': {
      const addressFields = addressFieldsOf(decision.tool);
      const args = Object.fromEntries(
        Object.entries(decision.args).map(([field, value]) => [
          field,
          (addressFields.includes(field) ? addressStoodFor(value, pseudonyms) : null) ??
            pseudonyms.restoreValue(value),
        ]),
      );
      const confirmFirst = decision.confirmFirst && pseudonyms.restoreText(decision.confirmFirst);
      return { ...decision, args, rationale, ...(confirmFirst ? { confirmFirst } : {}) };
    }
    case 'escalate':
      return { ...decision, rationale };
    default:
      return { ...decision, text: pseudonyms.restoreText(decision.text), rationale };
  }
}
