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
 * Its pieces (src/styles/) are adopted in this order: later rules win ties, so keep it. A list
 * rather than one `css` template of interpolations, which Lit's template minifier cannot parse.
 */
export const timelineStyles = [
  hostStyles,
  headerStyles,
  plotStyles,
  markStyles,
  labelStyles,
  overlayStyles,
  utilityStyles,
  orientationStyles,
  forcedColorStyles,
];
