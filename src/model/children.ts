/**
 * Events written as children: `<ai-event start="2025-06-12" title="…">description</ai-event>`.
 *
 * The attributes are the source of truth. So that a page without JavaScript (or before it loads)
 * still shows each event's date and title as text, the content may hold them too, as a `<time>`
 * and a heading (`<h3>`, …): those are not part of the description, and fill in `start`, `end`
 * and `title` when their attributes are absent.
 */

import { EVENT_FIELDS } from './types.js';

const HEADING = /^H[1-6]$/;

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** One `<ai-event>` as an event row. */
export function eventFromElement(element: Element): Record<string, string> {
  const row: Record<string, string> = {};
  for (const name of EVENT_FIELDS) {
    const value = element.getAttribute(name);
    if (value !== null) row[name] = value;
  }
  const times: string[] = [];
  let heading = '';
  let description = '';
  for (const node of element.childNodes) {
    if (node instanceof Element && node.tagName === 'TIME') {
      times.push(node.getAttribute('datetime') || squash(node.textContent));
    } else if (node instanceof Element && HEADING.test(node.tagName)) {
      heading ||= squash(node.textContent);
    } else if (node.nodeType === Node.TEXT_NODE || node instanceof Element) {
      description += ` ${node.textContent ?? ''}`;
    }
  }
  if (row.start === undefined && times[0]) row.start = times[0];
  if (row.end === undefined && times[1]) row.end = times[1];
  if (row.title === undefined && heading) row.title = heading;
  if (row.description === undefined && squash(description)) row.description = squash(description);
  return row;
}

/** Every `<ai-event>` inside a host, in document order, as event rows. */
export function readEventChildren(host: Element): Record<string, string>[] {
  return [...host.querySelectorAll('ai-event')].map(eventFromElement);
}

/**
 * Calls `onRows` with the host's `<ai-event>` children now (when there are any) and whenever they
 * are added, removed or edited; returns a function that stops watching. Once the last child is
 * removed the timeline is emptied, once; a host that never had children is left alone.
 */
export function watchChildren(
  host: Element,
  onRows: (rows: Record<string, string>[]) => void,
): () => void {
  let shown = false;
  let queued = false;
  const read = (): void => {
    queued = false;
    const rows = readEventChildren(host);
    if (rows.length === 0 && !shown) return;
    shown = rows.length > 0;
    onRows(rows);
  };
  const observer = new MutationObserver((records) => {
    // The host's own attributes (src, selected…) are not children.
    if (queued || !records.some((r) => r.target !== host || r.type === 'childList')) return;
    queued = true;
    queueMicrotask(read);
  });
  observer.observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
  read();
  return () => observer.disconnect();
}
