import { css, unsafeCSS } from 'lit';
import { PALETTE_SIZE } from '../model/categories.js';

/** `.cat-N` gives an event the colour of category N (see CategoryPalette). */
const categoryClasses = unsafeCSS(
  Array.from(
    { length: PALETTE_SIZE },
    (_, i) => `.cat-${i + 1}{--color:var(--ai-timeline-category-${i + 1})}`,
  ).join(''),
);

/** The dark theme's tokens, used by theme="dark" and by theme="auto" in a dark system setting. */
const darkTokens = css`
  --ai-timeline-background: #15171a;
  --ai-timeline-surface: #1f2226;
  --ai-timeline-text: #ececec;
  --ai-timeline-muted: #a8a8a8;
  --ai-timeline-border: #3a3e44;
  --ai-timeline-grid: #262a2f;
  --ai-timeline-axis: #c8c8c8;
  --ai-timeline-accent: #7cb4ff;
  --ai-timeline-focus: #9cc7ff;
  --ai-timeline-label-background: #1b1e22;
  --ai-timeline-era-opacity: 0.14;
  --ai-timeline-uncategorised: #a3a3a3;
  --ai-timeline-category-1: #5385c9;
  --ai-timeline-category-2: #fe996c;
  --ai-timeline-category-3: #3dd2a6;
  --ai-timeline-category-4: #ffade3;
  --ai-timeline-category-5: #fcd447;
  --ai-timeline-category-6: #748c46;
  --ai-timeline-category-7: #b29cfc;
  --ai-timeline-category-8: #fb617d;
  color-scheme: dark;
`;

/**
 * The host: every colour, font and size as a `--ai-timeline-*` custom property with its default
 * (light, and dark for theme="dark" or a dark system setting), the base rules, and the classes
 * that give each category its colour.
 */
export const hostStyles = css`
  :host {
    --ai-timeline-font-family: system-ui, sans-serif;
    --ai-timeline-font-size: 14px;
    --ai-timeline-label-font-size: 13px;
    --ai-timeline-label-font-weight: 600;
    --ai-timeline-small-font-size: 12px;
    --ai-timeline-control-size: 32px;
    --ai-timeline-plot-height: 380px;
    --ai-timeline-vertical-plot-height: clamp(420px, 80vh, 800px);
    --ai-timeline-lane-min-height: 120px;
    --ai-timeline-list-max-height: 440px;
    --ai-timeline-background: #ffffff;
    --ai-timeline-surface: #f5f5f2;
    --ai-timeline-text: #1a1a1a;
    --ai-timeline-muted: #5b5b5b;
    --ai-timeline-border: #d6d6d0;
    --ai-timeline-grid: #ecece6;
    --ai-timeline-axis: #3d3d3d;
    --ai-timeline-accent: #1f5fa8;
    --ai-timeline-focus: #1f5fa8;
    --ai-timeline-label-background: #ffffff;
    --ai-timeline-era-opacity: 0.08;
    --ai-timeline-uncategorised: #6b6b6b;
    --ai-timeline-category-1: #0c6eca;
    --ai-timeline-category-2: #d87246;
    --ai-timeline-category-3: #007854;
    --ai-timeline-category-4: #a5238f;
    --ai-timeline-category-5: #a16205;
    --ai-timeline-category-6: #0594cd;
    --ai-timeline-category-7: #5610e7;
    --ai-timeline-category-8: #d11454;
    --ai-timeline-radius: 6px;
    --ai-timeline-warning: #c9a227;
    --ai-timeline-shadow: 0 4px 14px #0003;

    display: block;
    position: relative;
    color: var(--ai-timeline-text);
    background: var(--ai-timeline-background);
    font-family: var(--ai-timeline-font-family);
    font-size: var(--ai-timeline-font-size);
    line-height: 1.4;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${darkTokens}
    }
  }

  * {
    box-sizing: border-box;
  }
  /* Hidden pieces stay hidden whatever a page's ::part() rules say. */
  [hidden] {
    display: none !important;
  }

  .cat-0 {
    --color: var(--ai-timeline-uncategorised);
  }
  ${categoryClasses}
`;
