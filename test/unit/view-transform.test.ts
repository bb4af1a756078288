import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { zoom, zoomIdentity } from 'd3-zoom';
import { select } from 'd3-selection';
import { timeScaleUtc } from '../../src/layout/time-scale.js';
import {
  IDENTITY,
  ViewTransform,
  constrainTransform,
  transformShowing,
} from '../../src/layout/view-transform.js';

const scale = fc.double({ min: 0.01, max: 1000, noNaN: true });
const offset = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const width = fc.double({ min: 10, max: 5000, noNaN: true });

describe('ViewTransform (the first picture without d3-zoom)', () => {
  it('maps x as d3-zoom’s transform does, and inverts exactly', () => {
    fc.assert(
      fc.property(scale, offset, scale, offset, offset, (k, x, factor, dx, px) => {
        const ours = new ViewTransform(k, x).scale(factor).translate(dx);
        const d3 = zoomIdentity.translate(x, 0).scale(k).scale(factor).translate(dx, 0);
        expect(ours.k).to.be.closeTo(d3.k, 1e-9 * d3.k);
        expect(ours.x).to.be.closeTo(d3.x, 1e-6 * Math.max(1, Math.abs(d3.x)));
        expect(ours.applyX(px)).to.be.closeTo(
          d3.applyX(px),
          1e-6 * Math.max(1, Math.abs(d3.applyX(px))),
        );
        expect(ours.invertX(ours.applyX(px))).to.be.closeTo(px, 1e-6 * Math.max(1, Math.abs(px)));
      }),
    );
  });

  it('rescales a time scale to the visible window, as d3-zoom’s rescaleX', () => {
    const base = timeScaleUtc([Date.UTC(2020, 0, 1), Date.UTC(2025, 0, 1)], [0, 1000]);
    fc.assert(
      fc.property(scale, fc.double({ min: -5000, max: 5000, noNaN: true }), (k, x) => {
        const ours = new ViewTransform(k, x).rescaleX(base).domain();
        const d3 = zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain();
        expect(ours[0].getTime()).to.be.closeTo(d3[0].getTime(), 1);
        expect(ours[1].getTime()).to.be.closeTo(d3[1].getTime(), 1);
      }),
    );
    expect(IDENTITY.rescaleX(base).domain()).to.deep.equal(base.domain());
  });

  it('shows exactly the asked part of the fitted view', () => {
    fc.assert(
      fc.property(width, offset, fc.double({ min: 1, max: 1e5, noNaN: true }), (w, x0, span) => {
        const t = transformShowing(x0, x0 + span, w);
        expect(t.applyX(x0)).to.be.closeTo(0, 1e-6 * Math.max(1, Math.abs(x0) * t.k));
        expect(t.applyX(x0 + span)).to.be.closeTo(w, 1e-6 * Math.max(w, Math.abs(x0) * t.k));
      }),
    );
  });

  it('stops panning where d3-zoom’s own gestures stop (its default constrain)', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    try {
      fc.assert(
        fc.property(width, scale, offset, (w, k, x) => {
          const extent: [number, number] = [-w / 2, w * 1.5];
          const behaviour = zoom<SVGSVGElement, unknown>()
            .extent([
              [0, 0],
              [w, 100],
            ])
            .scaleExtent([0, Infinity])
            .translateExtent([
              [extent[0], -Infinity],
              [extent[1], Infinity],
            ]);
          const d3 = behaviour.constrain()(
            zoomIdentity.translate(x, 0).scale(k),
            [
              [0, 0],
              [w, 100],
            ],
            behaviour.translateExtent(),
          );
          const ours = constrainTransform(new ViewTransform(k, x), w, extent);
          expect(ours.k).to.equal(d3.k);
          expect(ours.x).to.be.closeTo(d3.x, 1e-6 * Math.max(1, Math.abs(d3.x)));
          // The window stays inside the extent, or centred on it when wider.
          const [v0, v1] = [ours.invertX(0), ours.invertX(w)];
          if (v1 - v0 <= extent[1] - extent[0] + 1e-6) {
            expect(v0).to.be.at.least(extent[0] - 1e-6 * Math.max(1, Math.abs(extent[0])));
            expect(v1).to.be.at.most(extent[1] + 1e-6 * Math.max(1, Math.abs(extent[1])));
          }
        }),
      );
    } finally {
      svg.remove();
      select(svg).on('.zoom', null);
    }
  });
});
