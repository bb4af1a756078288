/**
 * ISO 8601 durations (`P1D`, `PT6H`, `P2W`, `P1Y6M`, `P50Y`), as used by `min-span` and `max-span`.
 * Years and months have no fixed length; for bounding a zoom an average is exact enough.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Average lengths in the Gregorian calendar (400-year cycle). */
const YEAR = 365.2425 * DAY;
const MONTH = YEAR / 12;

const DURATION =
  /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?=\d)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

/** A reason a value is not a duration, worded for the person who wrote it. */
export class DurationParseError extends Error {}

/**
 * The length of an ISO 8601 duration in milliseconds (years and months at their average length).
 * Throws DurationParseError for anything else, and for a zero duration.
 */
export function parseDuration(value: string): number {
  const text = value.trim();
  const match = DURATION.exec(text);
  if (!match) {
    throw new DurationParseError(
      `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not an ISO 8601 duration such as P1D, PT6H, P2W or P50Y`,
    );
  }
  const units = [YEAR, MONTH, 7 * DAY, DAY, HOUR, 60_000, 1000];
  let ms = 0;
  for (let i = 0; i < units.length; i++) {
    const part = match[i + 1];
    if (part !== undefined) ms += Number(part.replace(',', '.')) * units[i]!;
  }
  if (!(ms > 0)) throw new DurationParseError(`"${text}" is an empty duration`);
  return ms;
}

/**
 * The zoom limits of `min-span` and `max-span`, in milliseconds (null: not given, or not valid);
 * `report(name, message)` hears of values that are not durations.
 */
export function spanLimits(
  min: string | null,
  max: string | null,
  report: (name: string, message: string) => void,
): { min: number | null; max: number | null } {
  const read = (name: string, value: string | null): number | null => {
    if (!value) return null;
    try {
      return parseDuration(value);
    } catch (error) {
      if (!(error instanceof DurationParseError)) throw error;
      report(name, error.message);
      return null;
    }
  };
  return { min: read('min-span', min), max: read('max-span', max) };
}
