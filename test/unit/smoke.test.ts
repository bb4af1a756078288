import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/dates.js';

describe('smoke', () => {
  it('parses a year', () => {
    expect(parseDate('2025').precision).to.equal('year');
  });
});
