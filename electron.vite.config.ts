import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// main (ESM) and preload (sandboxed, so CJS) for the Electron shell, plus the same renderer build
// as vite.config.ts. pdfkit and svg-to-pdfkit are runtime `dependencies`, kept external by
// electron-vite's default externalizeDeps (pdfkit breaks when bundled: tech-notes §4).
export default defineConfig({
  main: {
    build: {
      outDir: 'dist/main',
      rollupOptions: { input: {
          index: resolve(import.meta.dirname, 'electron/main.ts'),
          // the document pool's worker thread, loaded beside the bundle (electron/services/documents/pool.ts)
          packWorker: resolve(import.meta.dirname, 'electron/services/documents/packWorker.ts'),
        }, output: { format: 'es' } },
    },
  },
  preload: {
    build: {
      outDir: 'dist/preload',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'dist/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
      chunkSizeWarningLimit: 4000,
    },
  },
});
