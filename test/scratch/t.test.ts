import { normalizeEvents } from '../../src/model/normalize.js';
describe('scratch', () => {
  it('times', async function () {
    this.timeout(60000);
    const text = await (await fetch('/__generated/events.json?rows=100000')).text();
    let t = performance.now();
    const doc = JSON.parse(text);
    console.log('json.parse', Math.round(performance.now() - t), text.length);
    t = performance.now();
    const r = normalizeEvents(doc.events);
    console.log('normalize', Math.round(performance.now() - t));
    t = performance.now();
    [...r.events].sort((a, b) => a.index - b.index);
    console.log('sort', Math.round(performance.now() - t));
    const csv = await (await fetch('/__generated/events.csv?rows=100000')).text();
    console.log('csv len', csv.length);
  });
});
