import type { z } from 'zod';

/** A system's `parseConfig` from its zod schema: problems name the field ("apiToken: required"). */
export const configParser =
  <C>(schema: z.ZodType<C>) =>
  (fields: Record<string, string>): { ok: true; value: C } | { ok: false; problems: string[] } => {
    const parsed = schema.safeParse(fields);
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`),
    };
  };
