import { css } from 'lit';

/**
 * Right to left and vertical: the styles mirror or turn the plot as a whole (the renderer
 * turns each text back).
 */
export const orientationStyles = css`
  /*
   * Right to left (dir="rtl", set or inherited): time runs from right to left. The whole plot is
   * mirrored, so zoom and drag keep following the pointer; the renderer mirrors each text back.
   */
  .plot-svg.rtl {
    transform: scaleX(-1);
  }

  /*
   * Vertical: the renderer lays the plot out with time along its width and the styles turn it a
   * quarter clockwise (time running down, the axis on the left), or transpose it right to left
   * (the axis on the right). The svg keeps the size of its frame; gestures follow the pointer.
   */
  [part='plot'].vertical {
    height: var(--ai-timeline-vertical-plot-height);
  }
  .plot-svg.down {
    inset: 0 auto auto 0;
    width: auto;
    height: auto;
    transform-origin: 0 0;
    transform: rotate(90deg) translateY(-100%);
  }
  .plot-svg.down.rtl {
    transform: matrix(0, 1, 1, 0, 0, 0);
  }
`;
