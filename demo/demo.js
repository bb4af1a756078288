// Demo wiring only: language and theme switches for the reference timeline.
const text = {
  en: {
    kicker: 'Technology · Artificial intelligence',
    headline: 'How Meta turned a model shortfall into a spending spree',
    dek: 'Llama 4 missed its targets. Within weeks Meta had bought half of Scale AI, tried to buy four start-ups and hired researchers away from OpenAI. The story, month by month.',
    byline:
      'Graphic: ai-timeline · Zoom with Ctrl + scroll, drag to pan, click an event for details, step through the story with ‹ ›',
    credit:
      'Dates known only to the month are shown as a month. Sources: company statements, The New York Times, Bloomberg.',
    heading: "Meta's race for AI talent and models, 2023–2025",
    categories: {
      model: { label: 'Models' },
      strategy: { label: 'Strategy' },
      organisation: { label: 'Organisation' },
      investment: { label: 'Investment' },
      acquisition: { label: 'Acquisition bids' },
      talent: { label: 'Hires' },
    },
  },
  it: {
    kicker: 'Tecnologia · Intelligenza artificiale',
    headline: 'Come Meta ha trasformato un passo falso in una campagna di acquisti',
    dek: 'Llama 4 ha mancato gli obiettivi. In poche settimane Meta ha comprato metà di Scale AI, ha tentato di acquisire quattro start-up e ha assunto ricercatori di OpenAI. La storia, mese per mese.',
    byline:
      'Grafico: ai-timeline · Ctrl + rotellina per ingrandire, trascina per spostarti, clic su un evento per i dettagli, scorri il racconto con ‹ ›',
    credit:
      'Le date note solo al mese sono mostrate come mese. Fonti: comunicati delle aziende, The New York Times, Bloomberg.',
    heading: "La corsa di Meta all'élite dell'AI, 2023–2025",
    categories: {
      model: { label: 'Modelli' },
      strategy: { label: 'Strategia' },
      organisation: { label: 'Organizzazione' },
      investment: { label: 'Investimenti' },
      acquisition: { label: 'Tentate acquisizioni' },
      talent: { label: 'Assunzioni' },
    },
  },
};

const timeline = document.getElementById('timeline');
const params = new URLSearchParams(window.location.search);

function setLanguage(lang) {
  const t = text[lang];
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-text]'))
    node.textContent = t[node.dataset.text];
  timeline.locale = lang;
  timeline.heading = t.heading;
  timeline.categories = t.categories;
  timeline.src = `meta-ai-2025.${lang}.json`;
  press('data-lang', lang);
}

function setTheme(theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  timeline.theme = theme;
  press('data-theme', theme);
}

function press(attribute, value) {
  for (const button of document.querySelectorAll(`[${attribute}]`)) {
    button.setAttribute('aria-pressed', String(button.getAttribute(attribute) === value));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
for (const button of document.querySelectorAll('[data-theme]')) {
  button.addEventListener('click', () => setTheme(button.dataset.theme));
}

setLanguage(params.get('lang') === 'it' ? 'it' : 'en');
setTheme(params.get('theme') === 'dark' ? 'dark' : 'light');
if (params.get('select')) timeline.select(params.get('select'));
// For screenshots: the list view, another interface language and direction (view=list&locale=ar&dir=rtl).
if (params.get('view') === 'list') timeline.view = 'list';
if (params.get('locale')) timeline.locale = params.get('locale');
if (params.get('dir')) timeline.dir = params.get('dir');
if (params.get('from') && params.get('to')) {
  timeline.addEventListener(
    'ai-timeline-load',
    () => timeline.zoomTo(params.get('from'), params.get('to')),
    { once: true },
  );
}
