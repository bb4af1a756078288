/**
 * A module loaded on first use, outside the main bundle: what the first picture does not need
 * (the detail panel, the list, the overview, deep links…) arrives when a page asks for it.
 * Written once, so that every such module loads once, is there synchronously afterwards, and
 * tells its owner when it arrives.
 */
export class LazyModule<T> {
  #value: T | null = null;
  #loading: Promise<T> | null = null;
  #failed = false;

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

  /** Whether the import failed (an unreachable chunk, offline): it is not tried again. */
  get failed(): boolean {
    return this.#failed;
  }

  /** Loads the module (once; later calls share the first load, or its failure). */
  load(): Promise<T> {
    this.#loading ??= this.#importer().then(
      (module) => {
        this.#value = module;
        this.#onLoad?.(module);
        return module;
      },
      (error: unknown) => {
        this.#failed = true;
        throw error;
      },
    );
    return this.#loading;
  }

  /**
   * Loads the module when `wanted` and not yet here, for an update to wait on; null when there
   * is nothing to wait for. Never rejects: an update goes on without a module that failed.
   */
  loadIf(wanted: boolean): Promise<T | undefined> | null {
    return wanted && this.#value === null && !this.#failed
      ? this.load().catch(() => undefined)
      : null;
  }
}
