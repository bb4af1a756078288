import { css } from 'lit';

/**
 * Rules for the whole shadow root: user strings' direction, visually hidden text, reduced motion.
 */
export const utilityStyles = css`
  /* User strings run in their own direction (dir=auto), aligned as the interface is. */
  [dir='auto'] {
    text-align: -webkit-match-parent; /* Chromium and WebKit */
    text-align: match-parent;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
