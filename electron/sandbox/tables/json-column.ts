/** JSON text columns: written compactly, read back as the type the writer stored. */
export const toJson = (value: unknown): string => JSON.stringify(value);

/** Parses a JSON column that this module wrote. */
export const fromJson = <T>(text: string): T => JSON.parse(text) as T;
