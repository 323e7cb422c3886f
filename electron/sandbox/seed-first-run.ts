import type { Database } from '../store/database';
import { replaceSandbox, sandboxHasData, sandboxMarked } from './data/sandbox-store';
import { generateSandbox, type GenerateOptions } from './seed/generate-sandbox';

/**
 * Seeds the sandbox the first time the app opens a database, so a fresh install does its real job at
 * once. Only into a database whose sandbox was never written as a whole and holds no sandbox data:
 * never on top of imported, reset or edited data. The check and the write share one transaction.
 */
export function seedSandboxOnFirstRun(db: Database, options: GenerateOptions = {}): boolean {
  const untouched = () => !sandboxMarked(db) && !sandboxHasData(db);
  if (!untouched()) return false;
  const data = generateSandbox(options);
  return db.transaction(() => {
    if (!untouched()) return false;
    replaceSandbox(db, data, 'first-run');
    return true;
  })();
}
