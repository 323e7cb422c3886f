import { redactSecrets } from '../security/redact-secrets';

/** Every line the command-line tools print passes here, so no secret reaches a terminal, a pipe or a CI log. */
export const print = (text: string): void => void process.stdout.write(`${redactSecrets(text)}\n`);

/** The same for errors and progress on stderr. */
export const printError = (text: string): void => void process.stderr.write(`${redactSecrets(text)}\n`);
