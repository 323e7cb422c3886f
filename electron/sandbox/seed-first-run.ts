import type { Database } from '../store/database';
import { replaceSandbox } from './data/sandbox-store';
import { generateSandbox, type GenerateOptions } from './seed/generate-sandbox';

/**
 * Seeds the sandbox the first time the app opens this database, so a fresh install does its real
 * job at once. Runs once per database: after `sandbox reset`, an empty sandbox stays empty.
 */
export function seedSandboxOnFirstRun(db: Database, options: GenerateOptions = {}): boolean {
  const seeded = db.prepare("SELECT 1 FROM app_meta WHERE key = 'sandbox_seeded'").get();
  if (seeded) return false;
  const data = generateSandbox(options);
  db.transaction(() => {
    replaceSandbox(db, data);
    db.prepare("INSERT INTO app_meta (key, value) VALUES ('sandbox_seeded', ?)").run(
      new Date().toISOString(),
    );
  })();
  return true;
}
