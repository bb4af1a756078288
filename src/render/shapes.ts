/**
 * Each category also has a shape, so that colour is never the only cue: the marks and the legend
 * draw the same shape, indexed like the palette (`cat-0` for events without a category, then 1 to
 * 8): circle, circle, square, diamond, triangle up, triangle down, pentagon, hexagon, star.
 * Polygons are [corners, turn in degrees, size against a circle of the same area, inner radius].
 */
const POLYGONS: readonly (readonly [number, number, number, number?])[] = [
  [4, 45, 1.26],
  [4, 0, 1.25],
  [3, -90, 1.35],
  [3, 90, 1.35],
  [5, -90, 1.12],
  [6, 0, 1.1],
  [10, -90, 1.3, 0.5],
];

/** The path of a shape centred on (0, 0), of about the area of a circle of radius `r`. */
export function shapePath(index: number, r: number): string {
  const polygon = POLYGONS[(index % 9) - 2];
  if (!polygon) return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  const [corners, turn, size, inner = 1] = polygon;
  const points = Array.from({ length: corners }, (_, i) => {
    const radius = r * size * (i % 2 ? inner : 1);
    const angle = ((turn + (360 / corners) * i) * Math.PI) / 180;
    return `${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`;
  });
  return `M${points.join('L')}Z`;
}

/** The palette index in a `cat-N` class (see CategoryPalette). */
export function shapeIndex(colorClass: string): number {
  return Number(colorClass.slice(4)) || 0;
}
