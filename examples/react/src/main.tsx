import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AiTimeline } from 'ai-timeline/react';
import type { TimelineEvent } from 'ai-timeline';
import reference from '../../../demo/meta-ai-2025.en.json';

const events = reference.events as TimelineEvent[];
const categories = { model: { label: 'Models' }, talent: { label: 'Hires' } };

function App() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <h1>React 19</h1>
      <AiTimeline
        events={events}
        categories={categories}
        heading="Meta's race for AI talent and models, 2023–2025"
        onSelect={(e) => setSelected(e.detail.event?.title ?? null)}
      />
      <p>
        Selected: <output id="selected">{selected ?? 'nothing yet (click an event)'}</output>
      </p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
