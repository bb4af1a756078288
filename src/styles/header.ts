import { css } from 'lit';

/** Header: heading, legend and controls (with the story buttons), and the focus outline. */
export const headerStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 0 0 8px;
  }
  [part='heading'] {
    flex: 1 1 100%;
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    flex: auto;
    color: var(--ai-timeline-muted);
    font-size: 0.9em;
  }
  [part='legend'] li,
  .detail-category {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    width: 12px;
    height: 12px;
    fill: var(--color);
    flex: none;
  }
  [part='controls'] {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-inline-start: auto;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part='controls'] button {
    white-space: nowrap;
    min-width: var(--ai-timeline-control-size);
    height: var(--ai-timeline-control-size);
    padding: 0 10px;
    border: 1px solid var(--ai-timeline-border);
    border-radius: var(--ai-timeline-radius);
    background: var(--ai-timeline-surface);
    font-size: 0.95em;
    line-height: 1;
  }
  [part='controls'] button:hover {
    border-color: var(--ai-timeline-muted);
  }
  [part='controls'] button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  [part='story'] {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin-right: 8px;
  }
  .story-counter {
    min-width: 5.5em;
    text-align: center;
    color: var(--ai-timeline-muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  :focus-visible {
    outline: 2px solid var(--ai-timeline-focus);
    outline-offset: 2px;
  }
`;
