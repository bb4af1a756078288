import type { UiStrings } from '../ui-strings.js';

/** Portuguese. */
const pt: UiStrings = {
  zoomIn: 'Aproximar',
  zoomOut: 'Afastar',
  fit: 'Ver tudo',
  controls: 'Controles da linha do tempo',
  legend: 'Categorias',
  close: 'Fechar',
  dismiss: 'Dispensar',
  source: 'Fonte',
  loading: 'Carregando eventos…',
  reading: (percent) => `Lendo eventos… ${percent}%`,
  more: (count) => `…e mais ${count}.`,
  noEvents: 'Nenhum evento para mostrar.',
  plotLabel: (count, from, to) =>
    count === 1 ? `1 evento, ${from}` : `${count} eventos de ${from} a ${to}`,
  eventsNotShown: (count) =>
    count === 1
      ? 'Não foi possível mostrar 1 evento.'
      : `Não foi possível mostrar ${count} eventos.`,
  eventsCorrected: (count) =>
    count === 1 ? '1 evento foi corrigido.' : `${count} eventos foram corrigidos.`,
  loadFailed: 'Não foi possível carregar os dados da linha do tempo.',
  uncategorised: 'Outros',
  selected: 'selecionado',
  showing: (span) => `Período exibido: ${span}.`,
  clusterLabel: (count, span, categories) =>
    `${count} eventos, ${span}: ${categories}. Pressione Enter para aproximar.`,
  previous: 'Evento anterior',
  next: 'Próximo evento',
  story: 'Narrativa',
  storyPosition: (position, total) => `${position} de ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + rolagem para aproximar`,
  zoomToEvent: 'Aproximar do evento',
  exportImage: 'Salvar como imagem',
  today: 'Hoje',
  list: 'Lista',
  showEarlier: (count, shown) =>
    count === 1 ? 'Mostrar 1 evento anterior' : `Mostrar ${shown} eventos anteriores`,
  showLater: (count, shown) =>
    count === 1 ? 'Mostrar 1 evento posterior' : `Mostrar ${shown} eventos posteriores`,
};

export default pt;
