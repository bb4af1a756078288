import { noChange, nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Positions an element at (x, y) pixels through the CSSOM (`style.setProperty`), never through a
 * `style` attribute: a page whose Content-Security-Policy has no `style-src 'unsafe-inline'`
 * blocks style attributes (which Lit's styleMap writes on first render) but not CSSOM writes.
 */
class PositionDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('position() belongs on an element');
  }

  // The arguments type the directive; update() is what uses them.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_x: number, _y: number): unknown {
    return nothing;
  }

  override update(part: ElementPart, [x, y]: [number, number]): unknown {
    const style = (part.element as HTMLElement).style;
    style.setProperty('left', `${x}px`);
    style.setProperty('top', `${y}px`);
    return noChange;
  }
}

export const position = directive(PositionDirective);
