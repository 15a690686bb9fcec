import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The console's bundle: Preact with JSX through Vite's own transformer (no Babel preset),
 * served by musubi at /console from dist/console. Everything comes from node_modules.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.join(import.meta.dirname, '..', 'dist', 'console'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'es2022',
    reportCompressedSize: true,
  },
  logLevel: 'warn',
});
