import pino from 'pino';

/** Structured logs to stderr; secrets never go in here (API keys are redacted by path too). */
export const logger = pino(
  {
    level: process.env.ASSIST_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    redact: ['apiKey', '*.apiKey', 'headers.authorization'],
  },
  pino.destination(2),
);
