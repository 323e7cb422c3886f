import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { formatProblems, parseYaml } from '../../data-files/parse-yaml';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A file's name as its author knows it: relative to the repository when inside it, else absolute. */
export function displayName(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/**
 * Reads a YAML data file (intents, frames: what training reads, never the running app) and checks it
 * against its schema. A broken file is a build defect, so it throws, one line per problem:
 * `electron/agent/nlu/data/intents/greeting.yaml:4:3 examples.2: must not be blank`.
 */
export function readYamlDataFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const name = displayName(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${name}: cannot read (${(error as Error).message})`, { cause: error });
  }
  const parsed = parseYaml(text, schema);
  if (parsed.ok) return parsed.value;
  throw new Error(`${name} is not a valid data file:\n${formatProblems(name, parsed.problems)}`);
}
