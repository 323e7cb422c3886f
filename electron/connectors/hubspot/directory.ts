import type { HttpClient } from '../http/http-client';
import type { CustomerDirectory } from '../system';
import { getContact, searchContacts } from './requests';

/** HubSpot as the app's customer directory: its contact ids are the customer ids everywhere. */
export function hubspotDirectory(client: HttpClient): CustomerDirectory {
  return {
    async idForEmail(email) {
      const [contact] = await searchContacts(
        client,
        [[{ propertyName: 'email', operator: 'EQ', value: email }]],
        1,
      );
      return contact?.id ?? null;
    },
    async emailForId(customerId) {
      return (await getContact(client, customerId))?.properties.email || null;
    },
  };
}
