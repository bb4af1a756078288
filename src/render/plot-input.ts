import type { Selection } from 'd3-selection';
import type { ClusterMark, TimelineLayout } from '../layout/timeline-layout.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { NormalizedEvent } from '../model/types.js';

export interface PlotRenderInput {
  layout: TimelineLayout;
  /** The zoomed scale, in wall-clock milliseconds shown as UTC. */
  scale: TimeScale;
  width: number;
  height: number;
  locale: string;
  selectedId: string | null;
  /** The mark that takes the keyboard's tab stop (roving tabindex): an event id or a cluster key. */
  tabStop: string | null;
  /** CSS class giving a category its colour. */
  colorClass: (category: string | null) => string;
  /** What a screen reader says for an event. */
  describe: (event: NormalizedEvent) => string;
  /** Right to left: the plot is drawn mirrored (see the styles), time running leftwards. */
  rtl: boolean;
  /**
   * Vertical: the layout's frame (time along x) is turned a quarter by the styles, so time runs
   * down the screen; `width` and `height` are the frame's. Texts are turned back upright.
   */
  vertical: boolean;
  /** What a screen reader says for a cluster. */
  describeCluster: (cluster: ClusterMark) => string;
  /** A cluster's count as shown inside it (localised, compact). */
  formatCount: (count: number) => string;
}

/** The `<g>` one layer of the plot draws into; the renderer makes them once, in paint order. */
export type Layer = Selection<SVGGElement, unknown, null, undefined>;
