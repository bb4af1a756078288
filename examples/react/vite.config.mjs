import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { aiTimelineAlias } from '../vite-alias.mjs';

export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { alias: aiTimelineAlias },
});
