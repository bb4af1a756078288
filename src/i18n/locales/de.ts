import type { UiStrings } from '../ui-strings.js';

/** German. */
const de: UiStrings = {
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles zeigen',
  controls: 'Steuerung der Zeitleiste',
  legend: 'Kategorien',
  close: 'Schließen',
  dismiss: 'Ausblenden',
  source: 'Quelle',
  loading: 'Ereignisse werden geladen…',
  reading: (percent) => `Ereignisse werden gelesen… ${percent} %`,
  more: (count) => `…und ${count} weitere.`,
  noEvents: 'Keine Ereignisse.',
  plotLabel: (count, from, to) =>
    count === 1 ? `1 Ereignis, ${from}` : `${count} Ereignisse von ${from} bis ${to}`,
  eventsNotShown: (count) =>
    count === 1
      ? '1 Ereignis kann nicht angezeigt werden.'
      : `${count} Ereignisse können nicht angezeigt werden.`,
  eventsCorrected: (count) =>
    count === 1 ? '1 Ereignis wurde korrigiert.' : `${count} Ereignisse wurden korrigiert.`,
  loadFailed: 'Die Daten der Zeitleiste konnten nicht geladen werden.',
  uncategorised: 'Sonstige',
  selected: 'ausgewählt',
  showing: (span) => `Angezeigt: ${span}.`,
  clusterLabel: (count, span, categories) =>
    `${count} Ereignisse, ${span}: ${categories}. Eingabetaste zum Vergrößern.`,
  previous: 'Vorheriges Ereignis',
  next: 'Nächstes Ereignis',
  story: 'Geschichte',
  storyPosition: (position, total) => `${position} von ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Strg'} + Mausrad zum Zoomen`,
  zoomToEvent: 'Auf Ereignis zoomen',
  exportImage: 'Als Bild speichern',
  today: 'Heute',
  list: 'Liste',
  showEarlier: (count, shown) =>
    count === 1 ? '1 früheres Ereignis anzeigen' : `${shown} frühere Ereignisse anzeigen`,
  showLater: (count, shown) =>
    count === 1 ? '1 späteres Ereignis anzeigen' : `${shown} spätere Ereignisse anzeigen`,
};

export default de;
