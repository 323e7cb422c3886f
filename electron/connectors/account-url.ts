import { z } from 'zod';

/**
 * The base URL of a hosted account: a full URL (any host, so a test server or a custom domain works),
 * or just the account's subdomain ("acme" → https://acme.zendesk.com).
 */
export const accountUrl = (domain: string) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/i.test(value.trim())
        ? `https://${value.trim().toLowerCase()}.${domain}`
        : value,
    z.url({
      protocol: /^https?$/,
      error: `expected a URL such as https://acme.${domain}, or the subdomain alone`,
    }),
  );
