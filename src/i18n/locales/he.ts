import type { UiStrings } from '../ui-strings.js';

/** Hebrew. */
const he: UiStrings = {
  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  fit: 'הצגת הכול',
  controls: 'פקדי ציר הזמן',
  legend: 'קטגוריות',
  close: 'סגירה',
  dismiss: 'התעלמות',
  source: 'מקור',
  loading: 'האירועים נטענים…',
  reading: (percent) => `האירועים נקראים… ${percent}%`,
  more: (count) => `…ועוד ${count}.`,
  noEvents: 'אין אירועים להצגה.',
  plotLabel: (count, from, to) =>
    count === 1 ? `אירוע אחד, ${from}` : `${count} אירועים מ־${from} עד ${to}`,
  eventsNotShown: (count) =>
    count === 1 ? 'לא ניתן להציג אירוע אחד.' : `לא ניתן להציג ${count} אירועים.`,
  eventsCorrected: (count) => (count === 1 ? 'אירוע אחד תוקן.' : `${count} אירועים תוקנו.`),
  loadFailed: 'לא ניתן לטעון את נתוני ציר הזמן.',
  uncategorised: 'אחר',
  selected: 'נבחר',
  showing: (span) => `מוצג: ${span}.`,
  clusterLabel: (count, span, categories) =>
    `${count} אירועים, ${span}: ${categories}. יש להקיש Enter להגדלה.`,
  previous: 'האירוע הקודם',
  next: 'האירוע הבא',
  story: 'סיפור',
  storyPosition: (position, total) => `${position} מתוך ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + גלילה להגדלה`,
  zoomToEvent: 'הגדלה אל האירוע',
  exportImage: 'שמירה כתמונה',
  today: 'היום',
  list: 'רשימה',
  showEarlier: (count, shown) =>
    count === 1 ? 'הצגת אירוע קודם אחד' : `הצגת ${shown} אירועים קודמים`,
  showLater: (count, shown) =>
    count === 1 ? 'הצגת אירוע מאוחר יותר אחד' : `הצגת ${shown} אירועים מאוחרים יותר`,
};

export default he;
