import { utcTicks } from 'd3-time';

/**
 * A linear UTC time scale: the part of d3-scale's scaleUtc that a zoomable axis needs (d3-zoom's
 * `rescaleX` and d3-axis use only these members), without the formatting and interpolation
 * modules scaleUtc brings along. Ticks still come from d3-time.
 */
export interface TimeScale {
  (value: number | Date): number;
  domain(): [Date, Date];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  invert(x: number): Date;
  copy(): TimeScale;
  ticks(count?: number): Date[];
}

export function timeScaleUtc(
  domain: readonly (number | Date)[] = [0, 1],
  range: readonly number[] = [0, 1],
): TimeScale {
  let d0 = +domain[0]!;
  let d1 = +domain[1]!;
  let r0 = range[0]!;
  let r1 = range[1]!;

  const scale = ((value: number | Date) => {
    const span = d1 - d0;
    return span === 0 ? (r0 + r1) / 2 : r0 + ((+value - d0) / span) * (r1 - r0);
  }) as TimeScale;

  function domainAccessor(): [Date, Date];
  function domainAccessor(next: readonly (number | Date)[]): TimeScale;
  function domainAccessor(next?: readonly (number | Date)[]): [Date, Date] | TimeScale {
    if (next === undefined) return [new Date(d0), new Date(d1)];
    d0 = +next[0]!;
    d1 = +next[1]!;
    return scale;
  }
  function rangeAccessor(): [number, number];
  function rangeAccessor(next: readonly number[]): TimeScale;
  function rangeAccessor(next?: readonly number[]): [number, number] | TimeScale {
    if (next === undefined) return [r0, r1];
    r0 = +next[0]!;
    r1 = +next[1]!;
    return scale;
  }

  scale.domain = domainAccessor;
  scale.range = rangeAccessor;
  scale.invert = (x) => new Date(r1 === r0 ? d0 : d0 + ((x - r0) / (r1 - r0)) * (d1 - d0));
  scale.copy = () => timeScaleUtc([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) => utcTicks(new Date(d0), new Date(d1), count);
  return scale;
}
