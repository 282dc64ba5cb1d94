/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` talks to a silo already running (default http://127.0.0.1:5080; SAMSPILL_SILO overrides).
const silo = process.env.SAMSPILL_SILO ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Hashed file names: the silo serves /assets/* as immutable.
    assetsDir: 'assets',
    sourcemap: false,
    // The main chunk holds React, the router, the query cache, SignalR and Designsystemet; pages are split off.
    chunkSizeWarningLimit: 800,
    // GraphiQL (served at GET /graphql) is its own entry: its Monaco editor (~3.5 MB) never loads with the app's pages.
    rollupOptions: {
      input: { main: 'index.html', graphiql: 'graphiql.html' },
    },
  },
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': silo,
      '/hubs/live': { target: silo, ws: true },
      '/auth': silo,
      '/app-config.json': silo,
      '/health': silo,
      '/ocds': silo,
      '/dialogue-events': silo,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // CI (see .ci/run) asks for a JUnit file so the tests count in "N passed, N failed".
    reporters: process.env.VITEST_JUNIT ? ['default', 'junit'] : ['default'],
    outputFile: process.env.VITEST_JUNIT ? { junit: process.env.VITEST_JUNIT } : undefined,
  },
});
