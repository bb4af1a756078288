/**
 * The client half of server rendering: when `<ai-timeline>` upgrades over declarative shadow DOM
 * written by a server (see static-timeline.ts), it keeps that shadow root, so the element and
 * its root stay in place, and swaps the static list for the live timeline.
 *
 * The server's markup is not hydrated: the live timeline is a different tree (an SVG plot with
 * controls), so it is rendered anew. This also keeps Lit's optional hydration support, if a page
 * loads it, from trying to hydrate the static list.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';

/** Returns the render root for an element that may already have a server-rendered one. */
export function adoptServerRoot(
  existing: ShadowRoot,
  styles: readonly CSSResultOrNative[],
): ShadowRoot {
  existing.replaceChildren();
  adoptStyles(existing, styles as CSSResultOrNative[]);
  return existing;
}
