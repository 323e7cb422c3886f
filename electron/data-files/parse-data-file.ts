import type { z } from 'zod';
import { combineIssues, issuesOfZod } from '../sandbox/data/issues';

/**
 * A data file shipped beside the code that reads it (word lists, tables), checked against its schema
 * as the module loads. A broken file is a build defect, so it throws, naming the file and the field.
 */
export function parseDataFile<S extends z.ZodType>(file: string, json: unknown, schema: S): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new Error(`${file} is not a valid data file: ${combineIssues(issuesOfZod(parsed.error)).message}`);
}
