import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/** The main process runs in Node: built-ins and installed dependencies are loaded from node_modules. */
const mainExternal = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
];

/**
 * Data files the main process reads at run time with `new URL('./data/…', import.meta.url)`: beside
 * their module in development, beside main.js in the build (the policy and the sandbox's knowledge base).
 */
const runtimeData: [from: string, to: string][] = [
  ['electron/policy/data/default-policy.yaml', 'data/default-policy.yaml'],
  ['electron/sandbox/seed/data/kb', 'data/kb'],
];
const copyRuntimeData: Plugin = {
  name: 'copy-runtime-data',
  writeBundle(options) {
    for (const [from, to] of runtimeData) fs.cpSync(from, path.join(options.dir!, to), { recursive: true });
  },
};

/** Main process: one ES module, out/main/main.js (the "main" of package.json). */
const mainBuild: UserConfig = {
  plugins: [copyRuntimeData],
  build: {
    outDir: 'out/main',
    emptyOutDir: true,
    target: 'node20',
    ssr: 'electron/main.ts',
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      external: mainExternal,
      output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

/**
 * Preload: one CommonJS file, out/main/preload.cjs. A sandboxed preload cannot be an ES module and
 * can require only 'electron' (and a few Node shims), so everything else it uses is bundled in.
 * Built second, into the same folder, without emptying it.
 */
const preloadBuild: UserConfig = {
  ssr: { noExternal: true, external: ['electron'] },
  build: {
    outDir: 'out/main',
    emptyOutDir: false,
    target: 'chrome120',
    ssr: 'electron/preload.ts',
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs', codeSplitting: false },
    },
  },
};

/** `vite build --config vite.electron.config.ts` builds main; `--mode preload` builds the preload. */
export default defineConfig(({ mode }) => (mode === 'preload' ? preloadBuild : mainBuild));
