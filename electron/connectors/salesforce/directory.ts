import type { CustomerDirectory } from '../system';
import type { SalesforceApi } from './client';
import { ContactEmail } from './map';
import { contactEmail, query } from './requests';
import { soqlString } from './soql';

/** Salesforce as the app's customer directory: its Contact ids are the customer ids everywhere. */
export function salesforceDirectory(api: SalesforceApi): CustomerDirectory {
  return {
    async idForEmail(email) {
      const soql = `SELECT Id, Email FROM Contact WHERE Email = ${soqlString(email)} ORDER BY CreatedDate LIMIT 1`;
      const [contact] = await query(api, soql, ContactEmail);
      return contact?.Id ?? null;
    },
    async emailForId(customerId) {
      return (await contactEmail(api, customerId)) || null;
    },
  };
}
