import { css } from 'lit';

/** Forced colours (Windows high contrast): the system's colours, marks still visible. */
export const forcedColorStyles = css`
  @media (forced-colors: active) {
    .swatch,
    .mark .dot,
    rect.mark.range,
    rect.cluster.bar,
    .cluster-ring circle,
    .stem,
    .period {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .mark .dot {
      stroke: Canvas;
    }
    .cluster-ring circle {
      fill: none;
    }
    .cluster-body,
    .label-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .label-title,
    .label-date,
    .cluster-count,
    .era-name,
    .lane-name,
    [part~='axis'] .tick text {
      fill: CanvasText;
    }
    .era-band,
    .era-strip {
      fill: GrayText;
    }
    .mark.selected .focus-ring,
    .mark:focus-visible .focus-ring,
    .label.selected .label-box,
    rect.mark.range.selected,
    .cluster:focus-visible .cluster-body {
      stroke: Highlight;
      stroke-width: 3;
    }
  }
`;
