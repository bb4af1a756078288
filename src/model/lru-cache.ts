/**
 * A Map that keeps only its `max` most recently used entries. For module-level caches keyed by
 * what pages pass in (locales, formats, time zones): shared by every element on a page, they
 * must not grow without end however many values a page tries.
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    // A Map iterates in insertion order: re-inserting makes this the newest entry.
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.max) {
      this.#entries.delete(this.#entries.keys().next().value as K);
    }
  }
}
