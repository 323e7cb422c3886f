/**
 * Values inside SOQL text. Every value from a tool input goes through one of these, so no input can
 * end a string literal or widen a LIKE pattern.
 */

const escapes: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A quoted SOQL string literal. */
export const soqlString = (value: string): string =>
  `'${value.replace(/[\\'"\n\r\t\b\f]/g, (c) => escapes[c]!)}'`;

const likeEscapes: Record<string, string> = { ...escapes, '%': '\\%', _: '\\_' };

/** A quoted LIKE pattern matching `value` anywhere, its own % and _ taken literally. */
export const soqlContains = (value: string): string =>
  `'%${value.replace(/[\\'"\n\r\t\b\f%_]/g, (c) => likeEscapes[c]!)}%'`;

/** A SOQL datetime literal (unquoted, whole seconds, UTC); throws on a time that does not parse. */
export function soqlDateTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) throw new RangeError(`not a time: ${iso}`);
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Salesforce record ids: 15 or 18 letters and digits. */
export const isSalesforceId = (id: string): boolean => /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id);
