import { byImportance } from './importance.js';
import type { LayoutContext } from './layout-context.js';
import { ERA_DATE_SEPARATOR } from './layout-types.js';
import { RowOccupancy } from './row-occupancy.js';

/**
 * Eras, into the layout: a band across the plot for each visible era, with a strip at the top
 * (in its era row) holding its name.
 */
export function layoutEras(ctx: LayoutContext): void {
  const { index, width, metrics: m, x, layout } = ctx;
  const eras = layout.eras;
  const eraOccupancy = Array.from({ length: index.eraRowCount }, () => new RowOccupancy());
  for (const event of index.eras) {
    const x0 = x(event.start);
    const x1 = x(event.end);
    if (x1 < 0 || x0 > width) continue;
    const row = index.eraRow.get(event.id) ?? 0;
    eras.push({
      event,
      x0,
      x1,
      y: row * m.eraRowHeight,
      height: m.eraRowHeight,
      labelX: null,
      labelDate: null,
      labelWidth: 0,
    });
  }
  // Era names: in their strip, from the visible start of the band, with the span's dates when
  // there is room for them too.
  for (const era of [...eras].sort((a, b) => byImportance(a.event, b.event))) {
    const row = eraOccupancy[index.eraRow.get(era.event.id) ?? 0]!;
    const start = Math.max(era.x0, 0);
    const date = ctx.dateText(era.event);
    // Era names are set like titles (bold), so the title measure is the safe one.
    const nameWidth = ctx.measure(era.event.title, 'title') + 2 * m.labelPaddingX;
    const withDate = nameWidth + ctx.measure(`${ERA_DATE_SEPARATOR}${date}`, 'date');
    for (const [labelWidth, labelDate] of [
      [withDate, date],
      [nameWidth, null],
    ] as const) {
      if (start + labelWidth <= width && row.isFree(start, start + labelWidth)) {
        row.addBox(start, start + labelWidth);
        Object.assign(era, { labelX: start, labelDate, labelWidth });
        break;
      }
    }
  }
}
