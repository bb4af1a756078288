// The playground: form -> attributes on the preview element -> the HTML that reproduces it.
// The preview is driven by the same attributes the HTML shows, so what you copy is what you see.
const CDN = document.documentElement.dataset.cdn;
const form = document.getElementById('controls');
const preview = document.getElementById('preview');
const output = document.getElementById('html-output');
const jsonError = document.getElementById('json-error');
const copyStatus = document.getElementById('copy-status');

const starter = [
  {
    id: 'llama4',
    start: '2025-04-05',
    title: 'Llama 4 Scout and Maverick released',
    category: 'model',
    importance: 5,
  },
  { id: 'llamacon', start: '2025-04-29', title: 'First LlamaCon', category: 'strategy' },
  {
    id: 'scale-ai',
    start: '2025-06-12',
    title: '49% stake in Scale AI',
    category: 'investment',
    description: 'Meta invests about $14.3 billion in Scale AI.',
  },
  { id: 'bids', start: '2025-06', title: 'Bid for Safe Superintelligence fails', category: 'deal' },
  {
    id: 'shortfall',
    start: '2025-04-05',
    end: '2025-06-30',
    type: 'era',
    title: 'Llama 4 falls short of its targets',
  },
];
const starterCategories = { model: { label: 'Models' }, investment: { color: '#b3261e' } };

/** Attributes in the order the HTML lists them; JSON ones are re-serialised compactly. */
const ATTRIBUTES = ['heading', 'locale', 'theme', 'wheel', 'view-start', 'view-end', 'selected'];

function readJson(name) {
  const text = form.elements[name].value.trim();
  if (!text) return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `${name}: ${error.message}` };
  }
}

function attributesFromForm() {
  const attributes = [];
  for (const name of ATTRIBUTES) {
    const value = form.elements[name].value.trim();
    if (value) attributes.push([name, value]);
  }
  const errors = [];
  for (const name of ['categories', 'events']) {
    const { value, error } = readJson(name);
    if (error) errors.push(error);
    else if (value !== undefined) attributes.push([name, JSON.stringify(value)]);
  }
  return { attributes, errors };
}

const escapeAttribute = (value, quote) =>
  value
    .replace(/&/g, '&amp;')
    .replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');

function toHtml(attributes) {
  const lines = attributes.map(([name, value]) => {
    // JSON reads better in single quotes (it is full of double ones).
    const quote = name === 'events' || name === 'categories' ? "'" : '"';
    return `  ${name}=${quote}${escapeAttribute(value, quote)}${quote}`;
  });
  const open = lines.length ? `<ai-timeline\n${lines.join('\n')}\n>` : '<ai-timeline>';
  return `<script type="module" src="${CDN}"></script>\n${open}</ai-timeline>`;
}

function update() {
  const { attributes, errors } = attributesFromForm();
  jsonError.textContent = errors.length ? `Not valid JSON: ${errors.join('; ')}` : '';
  if (errors.length) return; // keep the last good preview and HTML
  const wanted = new Map(attributes);
  for (const name of [...ATTRIBUTES, 'categories']) {
    if (!wanted.has(name)) preview.removeAttribute(name);
  }
  for (const [name, value] of attributes) {
    if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  }
  output.textContent = toHtml(attributes);
  copyStatus.textContent = '';
}

function reset() {
  form.reset();
  form.elements.events.value = JSON.stringify(starter, null, 2);
  form.elements.categories.value = JSON.stringify(starterCategories);
  update();
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('start-over').addEventListener('click', reset);
document.getElementById('load-reference').addEventListener('click', async () => {
  const response = await fetch('data/meta-ai-2025.en.json');
  const { events } = await response.json();
  form.elements.events.value = JSON.stringify(events, null, 2);
  form.elements.heading.value = "Meta's race for AI talent and models, 2023–2025";
  update();
});
// Clicking an event in the preview fills in `selected`, so the HTML opens on it.
preview.addEventListener('ai-timeline-select', (e) => {
  form.elements.selected.value = e.detail.event?.id ?? '';
  update();
});

document.getElementById('copy').addEventListener('click', async () => {
  const text = output.textContent;
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied.';
  } catch (error) {
    console.info(`Clipboard unavailable (${error.message}).`);
    // No clipboard permission (an insecure origin, say): select the text for Ctrl/⌘ + C.
    getSelection().selectAllChildren(output);
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

reset();
