// Stands in for d3-transition in the CDN bundle. d3-zoom imports it to stop running transitions
// (`interrupt`, `selection.interrupt()`) and to animate `zoom.transform` on a transition; the
// element never creates a transition (its zoom animation runs on d3-timer), so there is never
// one to stop, and leaving d3-transition out spares the bundle its tweens, d3-color and most of
// d3-interpolate. The npm build imports the real d3-transition through d3-zoom as usual.
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function interruptNothing() {
  return this;
};
