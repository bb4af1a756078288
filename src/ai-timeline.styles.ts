import { css } from 'lit';
import { forcedColorStyles } from './styles/forced-colors.js';
import { headerStyles } from './styles/header.js';
import { hostStyles } from './styles/host.js';
import { labelStyles } from './styles/labels.js';
import { markStyles } from './styles/marks.js';
import { orientationStyles } from './styles/orientation.js';
import { overlayStyles } from './styles/overlays.js';
import { plotStyles } from './styles/plot.js';
import { utilityStyles } from './styles/utilities.js';

/**
 * Styles of <ai-timeline>. Every colour, font and size is a `--ai-timeline-*` custom property
 * with its default set on :host, so a page themes the element without touching its internals.
 * One sheet, its pieces (src/styles/) in this order: later rules win ties, so keep it.
 */
export const timelineStyles = css`
  ${hostStyles}
  ${headerStyles}
  ${plotStyles}
  ${markStyles}
  ${labelStyles}
  ${overlayStyles}
  ${utilityStyles}
  ${orientationStyles}
  ${forcedColorStyles}
`;
