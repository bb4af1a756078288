import 'ai-timeline'; // defines <ai-timeline>
import type { TimelineEvent } from 'ai-timeline';
import reference from '../../../demo/meta-ai-2025.en.json';

// Typed by the package: HTMLElementTagNameMap knows the tag, HTMLElementEventMap its events.
const timeline = document.querySelector('ai-timeline')!;
timeline.events = reference.events as TimelineEvent[];
timeline.addEventListener('ai-timeline-select', (e) => {
  document.getElementById('selected')!.textContent = e.detail.event?.title ?? 'nothing';
});
