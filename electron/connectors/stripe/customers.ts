import type { HttpClient } from '../http/http-client';
import { CustomerList } from './map';

/**
 * The Stripe customers with an email, newest first. The list filter (exact, case-sensitive) is read
 * right after a write, unlike customer search, which may lag by a minute.
 */
export async function stripeCustomersByEmail(http: HttpClient, email: string, signal?: AbortSignal) {
  const list = await http.request({
    method: 'GET',
    path: '/v1/customers',
    query: { email, limit: 100 },
    schema: CustomerList,
    signal,
  });
  return list.data;
}
