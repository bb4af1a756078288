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
  noEvents: string;
  plotLabel: (count: number, from: string, to: string) => string;
  eventsNotShown: (count: number) => string;
  eventsCorrected: (count: number) => string;
  loadFailed: string;
  uncategorised: string;
  selected: string;
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
}

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
};

const it: UiStrings = {
  zoomIn: 'Ingrandisci',
  zoomOut: 'Riduci',
  fit: 'Adatta',
  controls: 'Controlli della cronologia',
  legend: 'Categorie',
  close: 'Chiudi',
  dismiss: 'Ignora',
  source: 'Fonte',
  loading: 'Caricamento degli eventi…',
  noEvents: 'Nessun evento da mostrare.',
  plotLabel: (count, from, to) =>
    count === 1 ? `1 evento, ${from}` : `${count} eventi da ${from} a ${to}`,
  eventsNotShown: (count) =>
    count === 1
      ? '1 evento non può essere mostrato.'
      : `${count} eventi non possono essere mostrati.`,
  eventsCorrected: (count) =>
    count === 1 ? '1 evento è stato corretto.' : `${count} eventi sono stati corretti.`,
  loadFailed: 'Non è stato possibile caricare i dati della cronologia.',
  uncategorised: 'Altro',
  selected: 'selezionato',
  clusterLabel: (count, span, categories) =>
    `${count} eventi, ${span}: ${categories}. Premi Invio per ingrandire.`,
  previous: 'Evento precedente',
  next: 'Evento successivo',
  story: 'Racconto',
  storyPosition: (position, total) => `${position} di ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rotellina per ingrandire`,
  zoomToEvent: "Ingrandisci sull'evento",
  exportImage: 'Salva come immagine',
  today: 'Oggi',
};

const catalogue: Record<string, UiStrings> = { en, it };

/** The strings for a BCP 47 locale, falling back from "it-CH" to "it" and then to English. */
export function stringsFor(locale: string): UiStrings {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return catalogue[language] ?? en;
}
