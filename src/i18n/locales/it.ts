import type { UiStrings } from '../ui-strings.js';

/** Italian. */
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
  previous: 'Evento precedente',
  next: 'Evento successivo',
  story: 'Racconto',
  storyPosition: (position, total) => `${position} di ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rotellina per ingrandire`,
  zoomToEvent: "Ingrandisci sull'evento",
  exportImage: 'Salva come immagine',
  today: 'Oggi',
  list: 'Elenco',
  showEarlier: (count, shown) =>
    count === 1 ? 'Mostra 1 evento precedente' : `Mostra ${shown} eventi precedenti`,
  showLater: (count, shown) =>
    count === 1 ? 'Mostra 1 evento successivo' : `Mostra ${shown} eventi successivi`,
};

export default it;
