// Type test: `import type {} from 'ai-timeline/jsx'` alone types <ai-timeline> in React 19 JSX.
import type {} from 'ai-timeline/jsx';
import type { TimelineEvent } from 'ai-timeline';

const events: TimelineEvent[] = [{ start: '2025-06-12', title: '49% stake in Scale AI' }];

export const timeline = (
  <ai-timeline
    events={events}
    heading="Heading"
    theme="auto"
    wheel="zoom"
    onai-timeline-select={(e) => console.log(e.detail.event?.title)}
    onai-timeline-load={(e) => console.log(e.detail.count)}
    onai-timeline-error={(e) => console.log(e.detail.errors[0]?.message)}
  />
);

// @ts-expect-error -- not a theme
export const wrongTheme = <ai-timeline theme="sepia" />;
