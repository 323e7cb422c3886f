import type { ToolInput, ToolOutput } from '../../../shared/tools';
import { ToolError } from '../../tools/tool-error';
import type { MailingAddress, ShopifyOrder } from './replies';

type Address = ToolOutput<'orders.get'>['order']['shippingAddress'];

// The contract needs a full address; a pickup or digital order has none, so it says so visibly.
const unknown = 'n/a';

export function addressOf(address: MailingAddress | null | undefined): Address {
  if (!address) return { line1: 'No shipping address', city: unknown, zip: unknown, country: unknown };
  return {
    line1: address.address1 || unknown,
    ...(address.address2 ? { line2: address.address2 } : {}),
    city: address.city || unknown,
    ...(address.provinceCode ? { state: address.provinceCode } : {}),
    zip: address.zip || unknown,
    country: address.countryCodeV2 || unknown,
  };
}

// Addresses going in: Shopify wants a country code; an English country name is looked up.

let countryCodes: Map<string, string> | undefined;

function countryCodeOf(country: string): string | null {
  const text = country.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  if (!countryCodes) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    countryCodes = new Map([
      ['usa', 'US'],
      ['uk', 'GB'],
    ]);
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name) countryCodes.set(name.toLowerCase(), code);
      }
  }
  return countryCodes.get(text.toLowerCase()) ?? null;
}

/** The new shipping address, keeping the recipient's name, company and phone from the current one. */
export function mailingAddressInput(
  address: ToolInput<'orders.updateAddress'>['address'],
  current: ShopifyOrder,
) {
  const countryCode = countryCodeOf(address.country);
  if (!countryCode)
    throw new ToolError(
      'bad_request',
      `Unknown country "${address.country}"; give its 2-letter code.`,
      'address',
    );
  const kept = current.shippingAddress;
  return {
    ...(kept?.firstName ? { firstName: kept.firstName } : {}),
    ...(kept?.lastName ? { lastName: kept.lastName } : {}),
    ...(kept?.company ? { company: kept.company } : {}),
    ...(kept?.phone ? { phone: kept.phone } : {}),
    address1: address.line1,
    ...(address.line2 ? { address2: address.line2 } : {}),
    city: address.city,
    ...(address.state ? { provinceCode: address.state } : {}),
    zip: address.zip,
    countryCode,
  };
}
