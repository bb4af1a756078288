import type { UiStrings } from '../ui-strings.js';

/** Arabic. Counts are phrased as "number of events: N", which needs no plural forms. */
const ar: UiStrings = {
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  controls: 'عناصر التحكم في الخط الزمني',
  legend: 'الفئات',
  close: 'إغلاق',
  dismiss: 'تجاهل',
  source: 'المصدر',
  loading: 'جارٍ تحميل الأحداث…',
  reading: (percent) => `جارٍ قراءة الأحداث… ${percent}٪`,
  more: (count) => `…وغيرها: ${count}.`,
  noEvents: 'لا توجد أحداث لعرضها.',
  plotLabel: (count, from, to) =>
    count === 1 ? `حدث واحد، ${from}` : `عدد الأحداث: ${count}، من ${from} إلى ${to}`,
  eventsNotShown: (count) => `تعذّر عرض بعض الأحداث (العدد: ${count}).`,
  eventsCorrected: (count) => `صُحّحت بعض الأحداث (العدد: ${count}).`,
  loadFailed: 'تعذّر تحميل بيانات الخط الزمني.',
  uncategorised: 'أخرى',
  selected: 'محدد',
  showing: (span) => `الفترة المعروضة: ${span}.`,
  clusterLabel: (count, span, categories) =>
    `عدد الأحداث: ${count}، ${span}: ${categories}. اضغط Enter للتكبير.`,
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  story: 'القصة',
  storyPosition: (position, total) => `${position} من ${total}`,
  wheelHint: (mac) => `${mac ? '⌘' : 'Ctrl'} + التمرير للتكبير`,
  zoomToEvent: 'تكبير إلى الحدث',
  exportImage: 'حفظ كصورة',
  today: 'اليوم',
  list: 'قائمة',
  showEarlier: (_count, shown) => `عرض ${shown} من الأحداث السابقة`,
  showLater: (_count, shown) => `عرض ${shown} من الأحداث اللاحقة`,
};

export default ar;
