import pino from 'pino';
import { redactSecrets } from './security/redact-secrets';
import { redactSensitive } from './security/redact-sensitive';

/**
 * A structured logger whose every argument loses its secrets and personal data before pino sees it;
 * every finished line passes the secrets redaction once more, so what serializers add (an error's
 * stack, say) cannot carry a key out either.
 */
export function createLogger(destination: pino.DestinationStream, level: string): pino.Logger {
  return pino(
    {
      level,
      redact: ['apiKey', '*.apiKey', 'headers.authorization'],
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map(redactSensitive) as Parameters<typeof method>);
        },
        streamWrite: redactSecrets,
      },
    },
    destination,
  );
}

/** The app's logs, to stderr. */
export const logger = createLogger(
  pino.destination(2),
  process.env.ASSIST_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
);
