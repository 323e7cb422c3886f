import { redactPersonalData } from '../privacy/redact-personal-data';
import { redactSecretsDeep } from './redact-secrets';

/**
 * Secrets and personal data out of a value that leaves the app's records: log lines and exports.
 * Secrets go first, so a URL's "user:password@host" is named a secret rather than read as an email.
 */
export const redactSensitive = (value: unknown): unknown => redactPersonalData(redactSecretsDeep(value));
