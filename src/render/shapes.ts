/**
 * Each category also has a shape, so that colour is never the only cue: the marks and the legend
 * draw the same shape. Shapes are paths centred on (0, 0), of about the area of a circle of
 * radius `r`, indexed like the palette (`cat-0` for events without a category, then 1 to 8).
 */
export function shapePath(index: number, r: number): string {
  const f = (n: number): string => String(Math.round(n * 100) / 100);
  const polygon = (points: [number, number][]): string =>
    `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
  switch (index % 9) {
    case 2: {
      const s = r * 0.89; // square
      return polygon([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 3: {
      const s = r * 1.25; // diamond
      return polygon([
        [0, -s],
        [s, 0],
        [0, s],
        [-s, 0],
      ]);
    }
    case 4: {
      const s = r * 1.35; // triangle, point up
      return polygon([
        [0, -s],
        [s * 0.87, s * 0.5],
        [-s * 0.87, s * 0.5],
      ]);
    }
    case 5: {
      const s = r * 1.35; // triangle, point down
      return polygon([
        [0, s],
        [s * 0.87, -s * 0.5],
        [-s * 0.87, -s * 0.5],
      ]);
    }
    case 6: {
      const a = r * 1.1; // plus
      const b = r * 0.4;
      return polygon([
        [-b, -a],
        [b, -a],
        [b, -b],
        [a, -b],
        [a, b],
        [b, b],
        [b, a],
        [-b, a],
        [-b, b],
        [-a, b],
        [-a, -b],
        [-b, -b],
      ]);
    }
    case 7: {
      const s = r * 1.1; // hexagon
      return polygon(
        Array.from({ length: 6 }, (_, i): [number, number] => [
          s * Math.cos((Math.PI / 3) * i),
          s * Math.sin((Math.PI / 3) * i),
        ]),
      );
    }
    case 8: {
      const s = r * 1.3; // star
      return polygon(
        Array.from({ length: 10 }, (_, i): [number, number] => {
          const radius = i % 2 === 0 ? s : s * 0.5;
          const angle = -Math.PI / 2 + (Math.PI / 5) * i;
          return [radius * Math.cos(angle), radius * Math.sin(angle)];
        }),
      );
    }
    default: // 0 and 1: a circle
      return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
  }
}

/** The palette index in a `cat-N` class (see CategoryPalette). */
export function shapeIndex(colorClass: string): number {
  return Number(colorClass.slice(4)) || 0;
}
