import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer: one static build served by Electron (file://) and by the web host alike. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    reportCompressedSize: false,
  },
});
