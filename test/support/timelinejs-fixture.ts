/** A TimelineJS3 document as its own authoring tools write it. */
export const TIMELINEJS = {
  title: {
    text: { headline: 'Meta&rsquo;s <i>AI</i> turn', text: '<p>How 2025 went</p>' },
  },
  events: [
    {
      unique_id: 'scale-ai',
      start_date: { year: '2025', month: '6', day: '12' },
      text: {
        headline: '49% stake in <b>Scale AI</b>',
        text: '<p>Meta invests about $14.3 billion.</p><p>Alexandr Wang joins.</p>',
      },
      group: 'investment',
      media: {
        url: 'https://example.com/scale.jpg',
        caption: 'Scale AI&#39;s office',
        credit: '<a href="https://example.com">Example News</a>',
      },
    },
    {
      start_date: { year: 2025, month: 4, day: 5, hour: 9, minute: 30 },
      end_date: { year: 2025, month: 4, day: 5, hour: 11 },
      text: { headline: 'Keynote', text: '' },
      media: { url: '<blockquote class="twitter-tweet">embed</blockquote>' },
    },
    {
      start_date: { year: -44, month: 3, day: 15 },
      text: { headline: 'Ides of March<script>window.__canary = 1</script>' },
    },
    { start_date: { year: 2025 }, text: { text: '<p>No headline here</p><p>More text</p>' } },
    { text: { headline: 'No date' } },
  ],
  eras: [
    {
      start_date: { year: 2025, month: 4 },
      end_date: { year: 2025, month: 6 },
      text: { headline: 'Llama 4 <em>era</em>' },
    },
  ],
};
