// Builds the renderer into dist/renderer with relative URLs, so it loads from app://plenary/ and from the web server alike.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { analysisVersion } from '../scripts/analysis-version';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  // Analyses kept in a library folder are used only by the build that worked them out the same way.
  define: { __ANALYSIS_VERSION__: JSON.stringify(analysisVersion(`${import.meta.dirname}/../shared`)) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  worker: { format: 'es' },
});
