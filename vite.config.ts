import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The analyst workbench (src/web/app), built into dist/web and served by `sitrep serve`.
export const config = defineConfig({
  root: here('./src/web/app'),
  base: '/',
  plugins: [preact()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // No inline scripts or data: URLs: the page runs under a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});

// biome-ignore lint/style/noDefaultExport: Vite reads the default export of its config file.
export default config;
