import { AiTimeline } from './ai-timeline.js';

// Guarded so that two copies of the library on one page (say, the CDN bundle and an npm build)
// do not throw, and so that importing on a server without custom elements is harmless.
if (typeof customElements !== 'undefined' && !customElements.get('ai-timeline')) {
  customElements.define('ai-timeline', AiTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-timeline': AiTimeline;
  }
}
