import { defineConfig } from 'vite';
import { aiTimelineAlias } from '../vite-alias.mjs';

export default defineConfig({
  base: './',
  resolve: { alias: aiTimelineAlias },
});
