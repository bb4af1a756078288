/**
 * Resolves a CSS colour (a system colour such as `CanvasText`, or `var(--ai-timeline-…)`) as an
 * element inside `root` sees it, through a probe element appended there (remove it when done).
 */
export function colourProbe(root: ShadowRoot): {
  resolve: (value: string) => string;
  remove: () => void;
} {
  const probe = document.createElement('span');
  root.append(probe);
  return {
    resolve: (value) => {
      probe.style.color = value;
      return getComputedStyle(probe).color;
    },
    remove: () => probe.remove(),
  };
}
