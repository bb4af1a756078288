/**
 * A module loaded on first use, outside the main bundle: what the first picture does not need
 * (the detail panel, the list, the overview, deep links…) arrives when a page asks for it.
 * Written once, so that every such module loads once, is there synchronously afterwards, and
 * tells its owner when it arrives.
 */
export class LazyModule<T> {
  #value: T | null = null;
  #loading: Promise<T> | null = null;

  readonly #importer: () => Promise<T>;
  readonly #onLoad: ((module: T) => void) | undefined;

  /**
   * @param importer - the dynamic `import()` (a literal path, so that bundlers split it out)
   * @param onLoad - called once, when the module arrives (typically to ask for an update)
   */
  constructor(importer: () => Promise<T>, onLoad?: (module: T) => void) {
    this.#importer = importer;
    this.#onLoad = onLoad;
  }

  /** The module, once loaded; null before. */
  get value(): T | null {
    return this.#value;
  }

  /** Whether a load was asked for (it may still be under way). */
  get requested(): boolean {
    return this.#loading !== null;
  }

  /** Loads the module (once; later calls share the first load). */
  load(): Promise<T> {
    this.#loading ??= this.#importer().then((module) => {
      this.#value = module;
      this.#onLoad?.(module);
      return module;
    });
    return this.#loading;
  }

  /**
   * Loads the module when `wanted` and not yet here, for an update to wait on; null when there
   * is nothing to wait for.
   */
  loadIf(wanted: boolean): Promise<T> | null {
    return wanted && this.#value === null ? this.load() : null;
  }
}
