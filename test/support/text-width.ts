/**
 * Estimates the width of a line of text without a DOM: the measure the layout tests give the pure
 * layout.
 * Widths are in ems for a typical sans-serif (system-ui, Helvetica, Arial); the element measures
 * real text with a canvas instead and passes that measure to the layout.
 */
const NARROW = new Set("fijlrtI!|.,:;'`()[]{} ");
const WIDE = new Set('mwMW@%');

export function estimateTextWidth(text: string, fontSizePx: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2e80)
      ems += 1; // CJK, kana, hangul, fullwidth forms: one em
    else if (NARROW.has(char)) ems += 0.3;
    else if (WIDE.has(char)) ems += 0.85;
    else if (char >= 'A' && char <= 'Z') ems += 0.68;
    else if (char >= '0' && char <= '9') ems += 0.56;
    else ems += 0.54;
  }
  return ems * fontSizePx * (bold ? 1.06 : 1);
}
