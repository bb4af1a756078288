// The shape alone, apart from strings.ts: the locale modules that strings.ts loads need it, and
// importing it from strings.ts would tie each of them into a cycle with their loader.

/** Every piece of interface text, so a locale can replace all of it. */
export interface UiStrings {
  zoomIn: string;
  zoomOut: string;
  fit: string;
  controls: string;
  legend: string;
  close: string;
  dismiss: string;
  source: string;
  loading: string;
  reading: (percent: number) => string;
  more: (count: number) => string;
  noEvents: string;
  plotLabel: (count: number, from: string, to: string) => string;
  eventsNotShown: (count: number) => string;
  eventsCorrected: (count: number) => string;
  loadFailed: string;
  uncategorised: string;
  selected: string;
  /** Said by the live region when the visible window settles. */
  showing: (span: string) => string;
  /** A cluster's accessible name: count, date span, categories with counts. */
  clusterLabel: (count: string, span: string, categories: string) => string;
  /** Story mode: the step buttons, the group's name and the counter ("7 of 23"; "– of 23" before the first step). */
  previous: string;
  next: string;
  story: string;
  storyPosition: (position: string, total: string) => string;
  /** The hint shown when a plain wheel scrolls the page; `mac` names ⌘ rather than Ctrl. */
  wheelHint: (mac: boolean) => string;
  zoomToEvent: string;
  exportImage: string;
  /** The `now` line's label. */
  today: string;
  /** The toggle between the timeline and the list of every event (`view="list"`). */
  list: string;
  /**
   * A long list shows its events a page at a time: the buttons that show `count` (`shown`: the
   * count, formatted) more before or after. Optional: English comes with the list's own code.
   */
  showEarlier?: (count: number, shown: string) => string;
  showLater?: (count: number, shown: string) => string;
}
