import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DAY_MS, parseDate } from '../model/dates.js';

/**
 * Deep links: the selection (and, once the reader has moved, the visible window) in the URL's
 * fragment, so that a moment can be shared and back / forward move through selections.
 *
 * The fragment holds one entry per timeline, joined by `&`: `[<namespace>:][<event id>][@<start>/<end>]`,
 * with the id percent-encoded and the window's ends as ISO 8601 dates (or date-times, on the
 * reader's clock), the end exclusive. Examples: `#scale-ai`, `#meta:scale-ai`,
 * `#meta:scale-ai@2025-06-01/2025-07-01`, `#@2025-06-01/2025-07-01`, `#a:x&b:y`.
 */
export interface DeepLink {
  /** The selected event's id, or null. */
  id: string | null;
  /** The visible window, in wall-clock milliseconds, or null. */
  window: [number, number] | null;
}

function entries(hash: string): string[] {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  return text === '' ? [] : text.split('&');
}

/** The colon ending an entry's namespace: the first one, unless it is inside the window. */
function colonOf(entry: string): number {
  const colon = entry.indexOf(':');
  const at = entry.indexOf('@');
  return at >= 0 && colon > at ? -1 : colon;
}

function namespaceOf(entry: string): string | null {
  const colon = colonOf(entry);
  return colon < 0 ? null : decode(entry.slice(0, colon));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** This timeline's entry in a URL fragment, or null when it has none. */
export function readDeepLink(hash: string, namespace: string | null): DeepLink | null {
  const entry = entries(hash).find((e) => namespaceOf(e) === namespace);
  if (entry === undefined) return null;
  const body = entry.slice(colonOf(entry) + 1);
  const at = body.indexOf('@');
  const id = at < 0 ? body : body.slice(0, at);
  const range = at < 0 ? null : body.slice(at + 1).split('/');
  let window: [number, number] | null = null;
  if (range?.length === 2) {
    try {
      const [a, b] = range.map((text) => parseDate(decode(text)).start) as [number, number];
      if (b > a) window = [a, b];
    } catch {
      window = null; // not dates: ignored
    }
  }
  return { id: id === '' ? null : decode(id), window };
}

/** The fragment with this timeline's entry replaced (or removed when `link` is empty), others kept. */
export function writeDeepLink(hash: string, namespace: string | null, link: DeepLink): string {
  const others = entries(hash).filter((e) => namespaceOf(e) !== namespace);
  let body = link.id === null ? '' : encodeURIComponent(link.id);
  if (link.window) body += `@${windowText(link.window[0])}/${windowText(link.window[1])}`;
  if (body !== '') {
    others.push(namespace === null ? body : `${encodeURIComponent(namespace)}:${body}`);
  }
  return others.length === 0 ? '' : `#${others.join('&')}`;
}

/** A window end for the URL: the day, or the minute when it is not midnight (wall clock). */
export function windowText(wallMs: number): string {
  const minute = Math.round(wallMs / 60_000) * 60_000;
  const iso = new Date(minute).toISOString();
  return minute % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}

export interface DeepLinkOptions {
  /** This timeline's namespace in the fragment (null: none), or undefined when deep links are off. */
  namespace: () => string | null | undefined;
  /** The reader navigated (back, forward, a link or an edited URL) to this state. */
  follow: (link: DeepLink | null) => void;
}

/** Keeps the URL's fragment and the host's selection in step (see the module comment). */
export class DeepLinkController implements ReactiveController {
  /** The last state written or followed, to tell our own writes from navigation. */
  private current = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DeepLinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('hashchange', this.onNavigate);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('hashchange', this.onNavigate);
  }

  /** This timeline's entry in the current URL, when deep links are on. */
  read(): DeepLink | null {
    const namespace = this.options.namespace();
    if (namespace === undefined) return null;
    const link = readDeepLink(location.hash, namespace);
    this.current = key(link);
    return link;
  }

  /**
   * Writes a state to the URL: `push` adds a history entry (a new selection), otherwise the
   * current entry is replaced (the window moved). Nothing happens when it is already there.
   */
  write(link: DeepLink, push: boolean): void {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    const hash = writeDeepLink(location.hash, namespace, link);
    if (hash === (location.hash === '#' ? '' : location.hash)) return;
    this.current = key(link);
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /**
   * Records a new selection as a new history entry, unless the URL already names it (as when
   * the selection follows the URL).
   */
  writeSelection(id: string | null): void {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    if ((readDeepLink(location.hash, namespace)?.id ?? null) === id) return;
    this.write({ id, window: null }, true);
  }

  private onNavigate = (): void => {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    const link = readDeepLink(location.hash, namespace);
    if (key(link) === this.current) return;
    this.current = key(link);
    this.options.follow(link);
  };
}

function key(link: DeepLink | null): string {
  return link ? `${link.id ?? ''}@${link.window?.map(windowText).join('/') ?? ''}` : '';
}
