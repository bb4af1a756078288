import type { NormalizedEvent } from '../model/types.js';
import type { ClusterMark, TimelineLayout } from './timeline-layout.js';

/** Something on screen the keyboard can move to, in time order. */
export interface FocusStop {
  /** An event id, or a cluster key. */
  key: string;
  start: number;
  index: number;
  cluster: ClusterMark | null;
}

/** Everything on screen the keyboard moves through, in time order (events and clusters). */
export function focusStops(layout: TimelineLayout): FocusStop[] {
  const stops: FocusStop[] = [];
  for (const mark of [...layout.eras, ...layout.bars, ...layout.points]) {
    stops.push({
      key: mark.event.id,
      start: mark.event.start,
      index: mark.event.index,
      cluster: null,
    });
  }
  for (const cluster of layout.clusters) {
    stops.push({ key: cluster.key, start: cluster.start, index: cluster.lead.index, cluster });
  }
  return stops.sort((a, b) => a.start - b.start || a.index - b.index);
}

/** Whether a cluster stands for this event. */
export function clusterHolds(cluster: ClusterMark, event: NormalizedEvent): boolean {
  for (let i = cluster.from; i < cluster.to; i++) if (cluster.list[i] === event) return true;
  return false;
}
