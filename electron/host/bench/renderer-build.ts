import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
let built: Promise<string> | undefined;

/** A production build of the renderer for the benchmarks, made once per run (kept under out/). */
export function benchRendererBuild(): Promise<string> {
  const outDir = path.join(repoRoot, 'out/renderer-bench');
  built ??= build({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  }).then(() => outDir);
  return built;
}
