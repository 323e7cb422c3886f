import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
];

/**
 * The Electron main process (ESM) and preload (CommonJS: sandboxed preloads cannot be modules),
 * built by the same tool as the renderer.
 */
export default defineConfig({
  build: {
    outDir: 'out/main',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      external,
      input: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
      output: [
        { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      ],
    },
  },
});
