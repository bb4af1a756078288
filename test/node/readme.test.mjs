// README's CSS parts and custom properties tables match the manifest (which is generated from the
// element's JSDoc): every documented part and property is listed, with its default, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'ai-timeline');
const readme = readFileSync('README.md', 'utf8');

/** The rows of the first table in the README section under `heading`, as arrays of cells. */
function tableUnder(heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has a "${heading}" section`);
  const section = readme.slice(start + heading.length + 2).split(/\n#{1,3} /)[0];
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // the header and its rule
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

const code = (cell) => cell.match(/^`([^`]+)`$/)?.[1];

test('README lists every CSS part of the manifest, and only those', () => {
  const listed = tableUnder('### CSS parts').map(([name]) => code(name));
  const documented = element.cssParts.map((part) => part.name);
  assert.ok(documented.length > 20);
  assert.deepEqual([...listed].sort(), [...documented].sort());
});

test('README lists every CSS custom property of the manifest with its default, and only those', () => {
  const rows = tableUnder('### CSS custom properties');
  const listed = new Map(rows.map(([name, fallback]) => [code(name), code(fallback)]));
  const documented = element.cssProperties;
  assert.ok(documented.length > 20);
  assert.deepEqual([...listed.keys()].sort(), documented.map((p) => p.name).sort());
  for (const property of documented) {
    assert.ok(property.default, `${property.name} documents its default`);
    assert.equal(listed.get(property.name), property.default, `${property.name}'s default`);
  }
});
