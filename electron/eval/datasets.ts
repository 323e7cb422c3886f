import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fail, ok, type Result } from '../../shared/result';

/** The public datasets folder, which lives beside the repository and never inside it. */
export const datasetsRoot = fileURLToPath(new URL('../../../shared/datasets/', import.meta.url));

/** Parses one JSON file of the datasets folder, with an error naming the file when it is missing or bad. */
export function readDatasetJson(relative: string): Result<unknown> {
  const file = `${datasetsRoot}${relative}`;
  try {
    return ok(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
  } catch (error) {
    return fail('not_found', `dataset ${relative}: cannot read (${(error as Error).message})`, 'suite');
  }
}
