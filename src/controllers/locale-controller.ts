import type { ReactiveController } from 'lit';
import { canonicalLocale } from '../i18n/locale.js';
import { loadStrings, stringsFor, type UiStrings } from '../i18n/strings.js';
import { localOffsetAt, type OffsetAt } from '../model/dates.js';
import { LazyModule } from './lazy-module.js';
import type { TimelineHost } from './timeline-host.js';

/**
 * The reader's language, writing direction and time zone: which locale formats dates and picks
 * the interface strings (loaded per language), and where instants fall on the wall clock.
 */
export class LocaleController implements ReactiveController {
  /** The time-zone module, once a `time-zone` has asked for it (few pages need it). */
  readonly #zones = new LazyModule(() => import('../model/time-zone.js'));
  /** Right to left: time runs leftwards, and ← / → swap. */
  rtl = false;

  readonly #host: TimelineHost;

  constructor(host: TimelineHost) {
    this.#host = host;
    host.addController(this);
  }

  /** `locale`, else the nearest `lang`, else the browser's language, in canonical form. */
  get locale(): string {
    const host = this.#host;
    return canonicalLocale(
      host.locale ||
        host.closest('[lang]')?.getAttribute('lang') ||
        (typeof navigator !== 'undefined' ? navigator.language : ''),
    );
  }

  get strings(): UiStrings {
    return stringsFor(this.locale);
  }

  /** Where instants are placed: the `time-zone` (when the browser knows it), else the reader's. */
  get offsetAt(): OffsetAt {
    const timeZone = this.#host.timeZone;
    return (timeZone && this.#zones.value?.zoneOffsetAt(timeZone)) || localOffsetAt;
  }

  /** Why the `time-zone` cannot be used, or null when it can (or is not set). */
  unknownZone(): string | null {
    return this.#zones.value?.unknownZone(this.#host.timeZone) ?? null;
  }

  /** What an update must wait for: this language's strings, and the time-zone module. */
  loads(): Array<Promise<unknown> | null> {
    return [loadStrings(this.locale), this.#zones.loadIf(Boolean(this.#host.timeZone))];
  }

  hostUpdated(): void {
    // dir="rtl" on the element or an ancestor: read from the attributes, as reading the computed
    // direction would make the browser work out the page's styles once more on every update.
    // (The `dir` property gives a known value in lower case: "RTL" reads "rtl".)
    this.rtl = this.#host.closest<HTMLElement>('[dir]')?.dir === 'rtl';
  }
}
