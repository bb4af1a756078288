import type { UiStrings } from '../ui-strings.js';

/** Spanish. */
const es: UiStrings = {
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Ver todo',
  controls: 'Controles de la cronología',
  legend: 'Categorías',
  close: 'Cerrar',
  dismiss: 'Descartar',
  source: 'Fuente',
  loading: 'Cargando eventos…',
  reading: (percent) => `Leyendo eventos… ${percent} %`,
  more: (count) => `…y ${count} más.`,
  noEvents: 'No hay eventos que mostrar.',
  plotLabel: (count, from, to) =>
    count === 1 ? `1 evento, ${from}` : `${count} eventos de ${from} a ${to}`,
  eventsNotShown: (count) =>
    count === 1 ? 'No se pudo mostrar 1 evento.' : `No se pudieron mostrar ${count} eventos.`,
  eventsCorrected: (count) =>
    count === 1 ? 'Se corrigió 1 evento.' : `Se corrigieron ${count} eventos.`,
  loadFailed: 'No se pudieron cargar los datos de la cronología.',
  uncategorised: 'Otros',
  selected: 'seleccionado',
  showing: (span) => `Periodo visible: ${span}.`,
  clusterLabel: (count, span, categories) =>
    `${count} eventos, ${span}: ${categories}. Pulse Intro para acercar.`,
  previous: 'Evento anterior',
  next: 'Evento siguiente',
  story: 'Relato',
  storyPosition: (position, total) => `${position} de ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rueda para acercar`,
  zoomToEvent: 'Acercar al evento',
  exportImage: 'Guardar como imagen',
  today: 'Hoy',
  list: 'Lista',
  showEarlier: (count, shown) =>
    count === 1 ? 'Mostrar 1 evento anterior' : `Mostrar ${shown} eventos anteriores`,
  showLater: (count, shown) =>
    count === 1 ? 'Mostrar 1 evento posterior' : `Mostrar ${shown} eventos posteriores`,
};

export default es;
