/** BCP 47 tags as given, and their canonical form (asked on every frame, so remembered). */
const canonical = new Map<string, string>();
/** Pages use a handful of locales; the cap only guards against a page that invents them. */
const MOST_REMEMBERED = 64;

/** The canonical form of a BCP 47 tag (`en-us` → `en-US`); English for an empty or invalid one. */
export function canonicalLocale(tag: string | null | undefined): string {
  const given = tag || 'en';
  let result = canonical.get(given);
  if (result === undefined) {
    try {
      result = Intl.getCanonicalLocales(given)[0] ?? 'en';
    } catch {
      result = 'en';
    }
    if (canonical.size >= MOST_REMEMBERED) canonical.clear();
    canonical.set(given, result);
  }
  return result;
}
