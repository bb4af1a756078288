import type { NormalizedEvent } from '../model/types.js';
import { RowOccupancy } from './row-occupancy.js';
import {
  DEFAULT_METRICS,
  type BesideColumn,
  type BesideLabelPlacer,
  type BesideText,
  type LabelBox,
  type LabelCandidate,
  type LayoutMetrics,
} from './layout-types.js';

/**
 * Sizes for the vertical layout, from the horizontal one's (see layout-types.ts for what each
 * is; line heights follow the label fonts): the axis needs room for tick labels set across it,
 * and range bars take a narrow strip beside it.
 */
export function verticalMetrics(base: LayoutMetrics = DEFAULT_METRICS): LayoutMetrics {
  return { ...base, axisHeight: 58, rangeRowHeight: 7, rangeShare: 0.12 };
}

/** Most lines a title wraps to beside a vertical axis; the rest ends in an ellipsis. */
const TITLE_LINES = 2;
/** Narrowest label column worth drawing (CSS pixels, padding included). */
const MIN_COLUMN = 48;
/** Space kept between two labels along the time axis. */
const LABEL_GAP = 3;
/** How far (in label heights) a label may sit from its mark, its leader line slanting. */
const SLANT_REACH = 1.6;
/** How far inside a label's edge its leader line must meet it. */
const STEM_INSET = 4;

export type { BesideColumn, BesideText };

/**
 * Vertical layout (time running down the screen, labels beside the axis). The plot is laid out
 * in its own frame — time along x, across along y — and turned a quarter for display, so here
 * a label's extent along x is its height on screen (its lines) and along y its width on screen
 * (its text). Every label sits in one column by the marks and straddles its mark's time, so its
 * leader line is a short straight line across, and no line can cross another or pass behind a
 * label. Labels go greedily in the candidates' order (the most important first), each at the
 * free place nearest to having its title line level with its mark; a label that finds none
 * waits for zoom. Titles wrap to two lines and then end in an ellipsis (the mark's accessible
 * name, the tooltip and the details keep the whole title).
 */
export const placeLabelsBeside: BesideLabelPlacer = (candidates, column, text) => {
  const m = text.metrics;
  const placed: LabelBox[] = [];
  const waiting: NormalizedEvent[] = [];
  const room = column.bottom - column.top;
  const lineRoom = room - 2 * m.labelPaddingX;
  if (room < MIN_COLUMN) {
    for (const candidate of candidates) if (!candidate.cluster) waiting.push(candidate.event);
    return { placed, waiting };
  }
  const taken = new RowOccupancy();
  // The span the labels of each stem cover so far: simultaneous events' labels gather there.
  const blocks = new Map<number, { lo: number; hi: number }>();
  // No more labels fit than the column holds at their smallest; a few times that many tries.
  let tries = Math.ceil(column.length / (m.titleLineHeight + m.dateLineHeight)) * 3;
  for (const candidate of candidates) {
    const label = tries-- > 0 ? place(candidate) : null;
    if (label) placed.push(label);
    else if (!candidate.cluster) waiting.push(candidate.event);
  }
  return { placed, waiting };

  function place({ key, event, cluster, stemX, stemY1 }: LabelCandidate): LabelBox | null {
    const lines = wrap(event.title, lineRoom, (s) => text.measure(s, 'title'));
    const date = fit(text.dateText(event), lineRoom, (s) => text.measure(s, 'date'));
    const across = Math.ceil(
      Math.max(...lines.map((line) => text.measure(line, 'title')), text.measure(date, 'date')) +
        2 * m.labelPaddingX,
    );
    const along = lines.length * m.titleLineHeight + m.dateLineHeight + 2 * m.labelPaddingY;
    // The first title line level with the mark, else anywhere its leader line still meets it.
    const preferred = stemX - m.labelPaddingY - m.titleLineHeight / 2;
    const lo = Math.max(0, stemX - along + STEM_INSET);
    const hi = Math.min(column.length - along, stemX - STEM_INSET);
    let x = taken.findSpot(lo, hi, along + LABEL_GAP, preferred);
    // Else next to a label of the same stem, its leader line slanting to it: the labels in
    // between cover the whole way, so no other line can cross it.
    const block = blocks.get(stemX);
    if (x === null && block) {
      x =
        [block.hi, block.lo - along - LABEL_GAP].find(
          (at) =>
            at >= 0 &&
            at + along <= column.length &&
            // Not so far that the line would read as another mark's.
            Math.abs(at + along / 2 - stemX) <= SLANT_REACH * along &&
            taken.isFree(at, at + along + LABEL_GAP),
        ) ?? null;
    }
    if (x === null) return null;
    taken.addBox(x, x + along + LABEL_GAP);
    blocks.set(stemX, {
      lo: Math.min(x, block?.lo ?? x),
      hi: Math.max(x + along + LABEL_GAP, block?.hi ?? 0),
    });
    const titleX = x + m.labelPaddingY + m.titleLineHeight / 2;
    return {
      key,
      event,
      cluster,
      x,
      y: column.bottom - across,
      width: along,
      height: across,
      lane: column.lane,
      row: 0,
      title: lines[0]!,
      lines,
      date,
      stemX,
      stemY1,
      stemY2: column.bottom,
      ...(stemX < x || stemX > x + along ? { stemX2: titleX } : {}),
      side: 'start',
    };
  }
};

const ELLIPSIS = '…';

/**
 * Breaks a title into at most TITLE_LINES lines of `width`, at spaces where it can (in the
 * middle of a word only when the word alone is wider, as CJK titles have no spaces), with an
 * ellipsis at the end of the last line when the text goes on.
 */
export function wrap(title: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let rest = title.trim();
  while (rest && lines.length < TITLE_LINES - 1) {
    if (measure(rest) <= width) break;
    const cut = breakAt(rest, width, measure);
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) lines.push(fit(rest, width, measure));
  return lines.length > 0 ? lines : [''];
}

/** The text, or as much of it as fits in `width` followed by an ellipsis. */
export function fit(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  // The longest prefix that fits with the ellipsis (binary search over code units).
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, avoidSplitPair(text, lo)).trimEnd() + ELLIPSIS;
}

/** Where to end a line of `text` that is wider than `width`: after the last space that fits. */
function breakAt(text: string, width: number, measure: (text: string) => number): number {
  let lo = 1;
  let hi = text.length;
  // The longest prefix that fits (at least one character, so the text always gets shorter).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  const space = text.lastIndexOf(' ', lo);
  return space > 0 ? space + 1 : avoidSplitPair(text, lo) || 1;
}

/** Moves a cut back off the middle of a surrogate pair (an emoji, a rare CJK character). */
function avoidSplitPair(text: string, cut: number): number {
  const code = text.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}
