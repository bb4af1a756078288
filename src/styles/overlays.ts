import { css } from 'lit';

/**
 * What lies over or beside the plot: the overview's box, the wheel hint, the status, the tooltip
 * and the detail panel's close button.
 */
export const overlayStyles = css`
  /* Overview (its drawing's styles come with its code: render/overview-renderer.ts) */
  [part='overview'] {
    height: 52px;
    margin-top: 6px;
  }

  /* The wheel hint ("Ctrl + scroll to zoom") */
  [part='hint'] {
    position: absolute;
    left: 50%;
    top: 45%;
    z-index: 3;
    padding: 8px 14px;
    border-radius: var(--ai-timeline-radius);
    background: color-mix(in srgb, var(--ai-timeline-text) 88%, #0000);
    color: var(--ai-timeline-background);
    font-weight: 600;
    pointer-events: none;
    transform: translate(-50%, -50%);
  }

  [part='status'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--ai-timeline-muted);
    pointer-events: none;
  }

  /* Tooltip: positioned by the element (CSSOM, never a style attribute) */
  [part='tooltip'] {
    position: absolute;
    z-index: 2;
    max-width: min(320px, 90%);
    padding: 8px 10px;
    border: 1px solid var(--ai-timeline-border);
    border-radius: var(--ai-timeline-radius);
    background: var(--ai-timeline-background);
    box-shadow: var(--ai-timeline-shadow);
    pointer-events: none;
    font-size: 0.9em;
    transform: translate(-50%, calc(-100% - 12px));
  }
  .tooltip-title {
    font-weight: 700;
  }
  .tooltip-meta {
    color: var(--ai-timeline-muted);
  }

  /* Detail panel: its styles come with its code (render/detail-panel.ts) */
  .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    width: 30px;
    height: 30px;
    border: 0;
    border-radius: 50%;
    background: #0000;
    font-size: 1.2em;
    line-height: 1;
  }
  .close:hover {
    background: var(--ai-timeline-border);
  }
`;
