/** Something with an extent on one axis. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Interval packing: assigns each interval the lowest row where it overlaps nothing, which for
 * intervals taken in start order uses the fewest rows possible. O(n log n).
 * Returns the row of each interval, by its position in `intervals`, and the number of rows.
 */
export function packRows(intervals: readonly Interval[]): { rows: number[]; rowCount: number } {
  const order = intervals
    .map((_, i) => i)
    .sort((a, b) => intervals[a]!.start - intervals[b]!.start || a - b);
  const rows = new Array<number>(intervals.length);
  // Min-heap of [end, row] for rows in use, plus a min-heap of freed row numbers.
  const busy: [number, number][] = [];
  const free: number[] = [];
  let rowCount = 0;
  for (const i of order) {
    const { start, end } = intervals[i]!;
    while (busy.length > 0 && busy[0]![0] <= start)
      heapPush(free, heapPop(busy, byEnd)[1], byNumber);
    const row = free.length > 0 ? heapPop(free, byNumber) : rowCount++;
    rows[i] = row;
    heapPush(busy, [end, row], byEnd);
  }
  return { rows, rowCount };
}

function heapPush<T>(heap: T[], value: T, compare: (a: T, b: T) => number): void {
  heap.push(value);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (compare(heap[i]!, heap[parent]!) >= 0) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function heapPop<T>(heap: T[], compare: (a: T, b: T) => number): T {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && compare(heap[left]!, heap[smallest]!) < 0) smallest = left;
      if (right < heap.length && compare(heap[right]!, heap[smallest]!) < 0) smallest = right;
      if (smallest === i) break;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
  return top;
}

const byNumber = (a: number, b: number): number => a - b;
const byEnd = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];
