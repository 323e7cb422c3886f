/**
 * The secret values this process has seen. Secret stores register every value they read or write (the
 * model API key, connector credentials), so redaction finds them wherever they turn up, whatever their shape.
 */
const secrets = new Set<string>();

/** Shorter values are not redacted by value: they would hit ordinary words. */
const shortestSecret = 8;

export function registerSecret(value: string | null | undefined): void {
  if (!value || value.length < shortestSecret) return;
  secrets.add(value);
  const encoded = encodeURIComponent(value);
  if (encoded !== value) secrets.add(encoded);
}

/** Every registered value, longest first, so one secret inside another is still replaced whole. */
export function knownSecrets(): string[] {
  return [...secrets].sort((a, b) => b.length - a.length);
}
