// Type test for ai-timeline/react and the React 19 JSX types: compiled with tsc, never run.
import { useRef } from 'react';
import { AiTimeline, type AiTimelineElement, type AiTimelineProps } from 'ai-timeline/react';
import type { TimelineEvent } from 'ai-timeline';

const events: TimelineEvent[] = [{ id: 'a', start: '2025-04-05', title: 'Llama 4' }];

export function WithComponent() {
  const ref = useRef<AiTimelineElement>(null);
  return (
    <AiTimeline
      ref={ref}
      events={events}
      heading="Meta and AI"
      theme="dark"
      categories={{ model: { label: 'Models' } }}
      onSelect={(e) => console.log(e.detail.event?.title)}
      onRangeChange={(e) => console.log(e.detail.start.toISOString())}
      onLoad={(e) => console.log(e.detail.count)}
      onError={(e) => console.log(e.detail.errors.length)}
      onViewChange={(e) => console.log(e.detail.view === 'list')}
      style={{ height: 400 }}
      className="timeline"
    />
  );
}

export function WithComponentErrors() {
  return (
    <>
      {/* @ts-expect-error -- not a theme */}
      <AiTimeline theme="sepia" />
      {/* @ts-expect-error -- the select detail has no such field */}
      <AiTimeline onSelect={(e) => console.log(e.detail.nothing)} />
    </>
  );
}

const props: AiTimelineProps = {
  heading: 'Props type',
  onLoad: (e) => console.log(e.detail.source),
};
console.log(props);

// React 19 custom element JSX (the react entry includes ai-timeline/jsx).
export function WithTag() {
  const ref = useRef<AiTimelineElement>(null);
  return (
    <ai-timeline
      ref={ref}
      events={events}
      heading="Meta and AI"
      view-start="2025-01"
      view-end="2025-12"
      orientation="vertical"
      class="timeline"
      onai-timeline-select={(e) => console.log(e.detail.event?.title)}
      onai-timeline-rangechange={(e) => console.log(e.detail.end.getTime())}
    />
  );
}

export function WithTagErrors() {
  return (
    <>
      {/* @ts-expect-error -- events is an array, not JSON text, in JSX */}
      <ai-timeline events="[]" />
      {/* @ts-expect-error -- the select detail has no such field */}
      <ai-timeline onai-timeline-select={(e) => console.log(e.detail.nothing)} />
    </>
  );
}
