import type { UiStrings } from './ui-strings.js';

// Callers that want the strings take their type from here too.
export type { UiStrings };

const en: UiStrings = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  controls: 'Timeline controls',
  legend: 'Categories',
  close: 'Close',
  dismiss: 'Dismiss',
  source: 'Source',
  loading: 'Loading events…',
  reading: (percent) => `Reading events… ${percent}%`,
  more: (count) => `…and ${count} more.`,
  noEvents: 'No events to show.',
  plotLabel: (count, from, to) =>
    count === 1 ? `1 event, ${from}` : `${count} events from ${from} to ${to}`,
  eventsNotShown: (count) =>
    count === 1 ? '1 event could not be shown.' : `${count} events could not be shown.`,
  eventsCorrected: (count) =>
    count === 1 ? '1 event was corrected.' : `${count} events were corrected.`,
  loadFailed: 'The timeline data could not be loaded.',
  uncategorised: 'Other',
  selected: 'selected',
  showing: (span) => `Showing ${span}.`,
  clusterLabel: (count, span, categories) =>
    `${count} events, ${span}: ${categories}. Press Enter to zoom in.`,
  previous: 'Previous event',
  next: 'Next event',
  story: 'Story',
  storyPosition: (position, total) => `${position} of ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + scroll to zoom`,
  zoomToEvent: 'Zoom to event',
  exportImage: 'Save as image',
  today: 'Today',
  list: 'List',
};

/**
 * Every language but English is a small module of its own, loaded the first time a timeline
 * needs it (the element waits for it before drawing, so no English flashes by).
 */
const loaders: Record<string, () => Promise<{ default: UiStrings }>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  pt: () => import('./locales/pt.js'),
  zh: () => import('./locales/zh.js'),
};
const catalogue = new Map<string, UiStrings>([['en', en]]);

function languageOf(locale: string): string {
  return locale.toLowerCase().split('-')[0] ?? 'en';
}

/** The strings for a BCP 47 locale, falling back from "it-CH" to "it" and then to English (once loaded). */
export function stringsFor(locale: string): UiStrings {
  return catalogue.get(languageOf(locale)) ?? en;
}

/** Loads a locale's strings if they exist and are not loaded yet; null when there is nothing to wait for. */
export function loadStrings(locale: string): Promise<void> | null {
  const language = languageOf(locale);
  const load = loaders[language];
  if (!load || catalogue.has(language)) return null;
  return load().then(
    (module) => void catalogue.set(language, module.default),
    // Unreachable chunk (an offline page): stay in English rather than fail.
    () => void catalogue.set(language, en),
  );
}
