// Type test: the CDN bundle's module specifier has the same types as the main entry.
import { AiTimeline } from 'ai-timeline/ai-timeline.min.js';

const el: AiTimeline = document.createElement('ai-timeline');
el.addEventListener('ai-timeline-select', (e) => console.log(e.detail.event?.id));
