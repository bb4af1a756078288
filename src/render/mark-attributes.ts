import type { Selection } from 'd3-selection';
import type { ClusterMark } from '../layout/timeline-layout.js';
import type { NormalizedEvent } from '../model/types.js';
import type { PlotRenderInput } from './plot-input.js';
import { setAttributes } from './svg-writes.js';

/** What every event mark carries: part, data-id, colour, focusability and its description. */
export function eventAttributes<E extends SVGElement, D extends { event: NormalizedEvent }>(
  marks: Selection<E, D, SVGGElement, unknown>,
  input: PlotRenderInput,
): void {
  marks.each(function (d) {
    const selected = d.event.id === input.selectedId;
    setAttributes(this, {
      part: `event ${d.event.type}`,
      class: `mark ${d.event.type} ${input.colorClass(d.event.category)}${selected ? ' selected' : ''}`,
      'data-id': d.event.id,
      role: 'button',
      'aria-pressed': String(selected),
      'aria-label': input.describe(d.event),
      tabindex: d.event.id === input.tabStop ? '0' : '-1',
    });
  });
}

/** What every cluster carries: part, key, count, focusability and its description. */
export function clusterAttributes<E extends SVGElement>(
  marks: Selection<E, ClusterMark, SVGGElement, unknown>,
  input: PlotRenderInput,
): void {
  marks.each(function (d) {
    const circle = d.shape === 'circle';
    setAttributes(this, {
      part: `cluster ${circle ? 'cluster-points' : 'cluster-ranges'}`,
      class: `mark cluster ${d.shape} ${input.colorClass(d.lead.category)}${circle ? '' : ' cluster-body'}`,
      'data-cluster': d.key,
      'data-count': String(d.count),
      role: 'button',
      'aria-label': input.describeCluster(d),
      tabindex: d.key === input.tabStop ? '0' : '-1',
    });
  });
}
