import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { aiTimelineAlias } from '../vite-alias.mjs';

export default defineConfig({
  base: './',
  // Tell Vue that <ai-timeline> is a custom element, not a Vue component.
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'ai-timeline' } } }),
  ],
  resolve: { alias: aiTimelineAlias },
});
