/** The shadow roots given each style sheet so far. */
const styled = new Map<string, WeakSet<Node>>();

/**
 * Adds styles to the element's shadow root once, as a constructed sheet (which a strict CSP
 * allows). Modules loaded on first use (the detail panel, the list, the notice, the overview, the
 * `now` line) bring their styles this way, so the main bundle carries only what every page uses.
 * Called while rendering, so the styles are there before what they style is painted.
 */
export function adoptCss(root: Node, css: string): void {
  let roots = styled.get(css);
  if (!roots) styled.set(css, (roots = new WeakSet()));
  if (roots.has(root) || !(root instanceof ShadowRoot) || typeof CSSStyleSheet === 'undefined') {
    return;
  }
  roots.add(root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
