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
  reading: (percent) => `Lettura degli eventi… ${percent}%`,
  more: (count) => `…e altri ${count}.`,
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
  showing: (span) => `Periodo mostrato: ${span}.`,
  clusterLabel: (count, span, categories) =>
    `${count} eventi, ${span}: ${categories}. Premi Invio per ingrandire.`,
};

const catalogue: Record<string, UiStrings> = { en, it };

/** The strings for a BCP 47 locale, falling back from "it-CH" to "it" and then to English. */
export function stringsFor(locale: string): UiStrings {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return catalogue[language] ?? en;
}
