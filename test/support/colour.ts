/**
 * Colour maths for the palette tests (test-only): sRGB ↔ linear RGB, CIELAB, CIEDE2000, and
 * simulated colour-vision deficiencies.
 */

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];

/** sRGB channels in 0–1 from "#rrggbb", "#rgb" or "rgb(r, g, b)". */
export function parseColour(text: string): Rgb {
  const value = text.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return short.slice(1).map((h) => parseInt(h + h, 16) / 255) as unknown as Rgb;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  if (long) return long.slice(1).map((h) => parseInt(h, 16) / 255) as unknown as Rgb;
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value);
  if (rgb) return rgb.slice(1).map((c) => Number(c) / 255) as unknown as Rgb;
  throw new Error(`Not a colour this module reads: ${text}`);
}

export function toLinear(rgb: Rgb): Rgb {
  return rgb.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as unknown as Rgb;
}

function multiply(m: readonly Rgb[], v: Rgb): Rgb {
  return m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) as unknown as Rgb;
}

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", severity 1.0 (dichromacy): matrices for linear RGB.
 */
export const DEFICIENCIES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const satisfies Record<string, readonly Rgb[]>;

export type Deficiency = keyof typeof DEFICIENCIES;

/** A linear-RGB colour as seen with a deficiency (clamped to the displayable range). */
export function simulate(linear: Rgb, deficiency: Deficiency): Rgb {
  return multiply(DEFICIENCIES[deficiency], linear).map((c) =>
    Math.min(1, Math.max(0, c)),
  ) as unknown as Rgb;
}

/** CIELAB (D65) of a linear-RGB colour. */
export function linearToLab(linear: Rgb): Lab {
  const [x, y, z] = multiply(
    [
      [0.4124564, 0.3575761, 0.1804375],
      [0.2126729, 0.7151522, 0.072175],
      [0.0193339, 0.119192, 0.9503041],
    ],
    linear,
  );
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x / 0.95047), f(y), f(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export function lab(colour: string): Lab {
  return linearToLab(toLinear(parseColour(colour)));
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), with kL = kC = kH = 1. */
export function deltaE2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cmean7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cmean7 / (Cmean7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number): number => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a) / rad;
    return h < 0 ? h + 360 : h;
  };
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dL = L2 - L1;
  const dC = C2p - C1p;
  let dh = 0;
  if (C1p * C2p !== 0) {
    dh = h2p - h1p;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(C1p * C2p) * Math.sin((dh / 2) * rad);
  const Lmean = (L1 + L2) / 2;
  const Cmean = (C1p + C2p) / 2;
  let hmean = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) > 180) hmean += hmean < 360 ? 360 : -360;
    hmean /= 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hmean - 30) * rad) +
    0.24 * Math.cos(2 * hmean * rad) +
    0.32 * Math.cos((3 * hmean + 6) * rad) -
    0.2 * Math.cos((4 * hmean - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hmean - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cmean ** 7 / (Cmean ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lmean - 50) ** 2) / Math.sqrt(20 + (Lmean - 50) ** 2);
  const SC = 1 + 0.045 * Cmean;
  const SH = 1 + 0.015 * Cmean * T;
  const RT = -Math.sin(2 * dTheta * rad) * RC;
  return Math.sqrt((dL / SL) ** 2 + (dC / SC) ** 2 + (dH / SH) ** 2 + RT * (dC / SC) * (dH / SH));
}
