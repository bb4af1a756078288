/** JSON text read, or why it could not be (for the report that names the attribute). */
export type JsonReading = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reads JSON text from an attribute without throwing. */
export function readJson(text: string): JsonReading {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * An attribute converter for JSON values: text that is not JSON stays text, so that the element
 * can report it rather than silently read it as nothing.
 */
export function jsonOrText(text: string | null): unknown {
  if (text === null) return null;
  const reading = readJson(text);
  return reading.ok ? reading.value : text;
}
