import type { UiStrings } from '../ui-strings.js';

/** French. */
const fr: UiStrings = {
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  controls: 'Commandes de la chronologie',
  legend: 'Catégories',
  close: 'Fermer',
  dismiss: 'Masquer',
  source: 'Source',
  loading: 'Chargement des événements…',
  reading: (percent) => `Lecture des événements… ${percent} %`,
  more: (count) => `…et ${count} de plus.`,
  noEvents: 'Aucun événement à afficher.',
  plotLabel: (count, from, to) =>
    count === 1 ? `1 événement, ${from}` : `${count} événements de ${from} à ${to}`,
  eventsNotShown: (count) =>
    count === 1
      ? '1 événement n’a pas pu être affiché.'
      : `${count} événements n’ont pas pu être affichés.`,
  eventsCorrected: (count) =>
    count === 1 ? '1 événement a été corrigé.' : `${count} événements ont été corrigés.`,
  loadFailed: 'Les données de la chronologie n’ont pas pu être chargées.',
  uncategorised: 'Autres',
  selected: 'sélectionné',
  showing: (span) => `Période affichée : ${span}.`,
  clusterLabel: (count, span, categories) =>
    `${count} événements, ${span} : ${categories}. Appuyez sur Entrée pour zoomer.`,
  previous: 'Événement précédent',
  next: 'Événement suivant',
  story: 'Récit',
  storyPosition: (position, total) => `${position} sur ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + molette pour zoomer`,
  zoomToEvent: 'Zoomer sur l’événement',
  exportImage: 'Enregistrer comme image',
  today: 'Aujourd’hui',
  list: 'Liste',
  showEarlier: (count, shown) =>
    count === 1 ? 'Afficher 1 événement antérieur' : `Afficher ${shown} événements antérieurs`,
  showLater: (count, shown) =>
    count === 1 ? 'Afficher 1 événement suivant' : `Afficher ${shown} événements suivants`,
};

export default fr;
