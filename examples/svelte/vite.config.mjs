import { defineConfig } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { aiTimelineAlias } from '../vite-alias.mjs';

export default defineConfig({
  base: './',
  plugins: [svelte({ preprocess: vitePreprocess() })],
  resolve: { alias: aiTimelineAlias },
});
