// README is the front door and the docs site holds the reference:
// - README.md stays at most 16 KB, gives the two commands, and its links point at files that
//   exist (so do the guides' links in docs/guide/, which GitHub shows as they are);
// - the docs site (built into site/ by scripts/build-docs.mjs) lists every attribute, property,
//   method, event, CSS part and CSS custom property of the manifest, with types and defaults,
//   and the hand-written pages keep up with the code they describe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { slug } from '../../scripts/docs/markdown.mjs';
import { GUIDES } from '../../scripts/docs/guides.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'ai-timeline');
const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Markdown without its fenced code blocks and code spans (links in code are not links). */
const withoutCode = (markdown) =>
  markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** Every link target of a Markdown file: [text](target), ![alt](src), src="…", href="…". */
function links(markdown) {
  const text = withoutCode(markdown);
  return [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]),
  ];
}

/** The anchors GitHub gives a Markdown file's headings. */
const anchors = (markdown) =>
  withoutCode(markdown.replace(/`/g, ''))
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => slug(line.replace(/^#+ /, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')));

/** Checks that every relative link of the Markdown file `file` points at something that exists. */
function checkLinks(file) {
  const markdown = readFileSync(file, 'utf8');
  const checked = [];
  for (const href of links(markdown)) {
    if (/^[a-z][a-z+.-]*:/i.test(href)) continue;
    const [path, anchor] = href.split('#');
    const target = path === '' ? file : normalize(join(dirname(file), path));
    assert.ok(existsSync(target), `${file}: ${href} points at ${target}, which does not exist`);
    if (anchor && target.endsWith('.md')) {
      assert.ok(
        anchors(readFileSync(target, 'utf8')).includes(anchor),
        `${file}: ${href}: ${target} has no heading #${anchor}`,
      );
    }
    if (path.endsWith('/')) assert.ok(statSync(target).isDirectory(), `${href} is a folder`);
    checked.push(href);
  }
  return checked;
}

test('README is the front door: at most 16 KB', () => {
  const size = Buffer.byteLength(readme);
  assert.ok(size <= 16_384, `README.md is ${size} bytes; keep it at most 16,384`);
});

test('README gives the two commands, and they do what it says', () => {
  assert.match(readme, /^npm install && npm start {2,}# builds, serves the demo/m);
  assert.match(readme, /^npm test {2,}# lint, type check, build, manifest and package checks/m);
  assert.match(pkg.scripts.start, /^npm run build && node scripts\/serve\.mjs$/);
  for (const step of ['lint', 'typecheck', 'build', 'manifest:check', 'check:package'])
    assert.ok(pkg.scripts.test.includes(`npm run ${step}`), `npm test runs ${step}`);
});

test('every relative link in README.md points at a file that exists', () => {
  const checked = checkLinks('README.md');
  assert.ok(checked.includes('docs/screenshot.png'));
  for (const [name] of GUIDES) {
    assert.ok(checked.includes(`docs/guide/${name}.md`), `README links the ${name} guide`);
  }
});

test('every relative link in the guides (docs/guide/*.md) points at a file that exists', () => {
  const files = readdirSync('docs/guide').filter((file) => file.endsWith('.md'));
  assert.deepEqual(files.sort(), GUIDES.map(([name]) => `${name}.md`).sort());
  for (const file of files) checkLinks(`docs/guide/${file}`);
});

test("README's table of the most used attributes names ten attributes of the manifest", () => {
  const section = readme.split('\n## The attributes people use most\n')[1]?.split('\n## ')[0];
  assert.ok(section, 'README has "The attributes people use most"');
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const names = rows.flatMap((row) =>
    [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
  );
  assert.equal(rows.length, 10);
  const attributes = element.attributes.map((a) => a.name);
  for (const name of names) assert.ok(attributes.includes(name), `${name} is an attribute`);
});

// -- The docs site's reference, as built into site/ ------------------------------------------

const decode = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

/** The rows of the generated table `name` of a built page, as arrays of cell texts. */
function reference(page, name) {
  const html = readFileSync(`site/${page}`, 'utf8');
  const table = html.match(
    new RegExp(`<table class="reference" data-reference="${name}">([\\s\\S]*?)</table>`),
  );
  assert.ok(table, `site/${page} has the ${name} table`);
  return [...table[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
    .map((row) => [...row[1].matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => decode(cell[1])))
    .filter((cells) => cells.length > 0);
}

const byName = (rows) =>
  new Map(rows.map((cells) => [cells[0].replace(/ \(read-only\)$/, ''), cells]));

test('the site is built from the current manifest', () => {
  assert.ok(existsSync('site/api.html'), 'run `node scripts/build-docs.mjs` first');
  assert.equal(
    readFileSync('site/custom-elements.json', 'utf8'),
    readFileSync('custom-elements.json', 'utf8'),
    'site/ is older than custom-elements.json: run `node scripts/build-docs.mjs`',
  );
});

test('api.html lists every attribute with its property, type and default', () => {
  const rows = byName(reference('api.html', 'attributes'));
  assert.deepEqual([...rows.keys()].sort(), element.attributes.map((a) => a.name).sort());
  for (const a of element.attributes) {
    const [, field, type, fallback, description] = rows.get(a.name);
    assert.equal(field, a.fieldName ?? '', `${a.name}'s property`);
    assert.equal(type, a.type.text, `${a.name}'s type`);
    assert.equal(fallback, a.default ?? '', `${a.name}'s default`);
    assert.ok(description.length > 10, `${a.name} is described`);
  }
});

test('api.html lists every public property with its type and default, and every method', () => {
  const members = element.members.filter((m) => !m.static && m.privacy !== 'private');
  const fields = members.filter((m) => m.kind === 'field');
  const rows = byName(reference('api.html', 'properties'));
  assert.deepEqual([...rows.keys()].sort(), fields.map((f) => f.name).sort());
  for (const f of fields) {
    const [, attribute, type, fallback] = rows.get(f.name);
    const reflected = f.reflects ? ' (reflected)' : '';
    assert.equal(
      attribute,
      f.attribute ? `${f.attribute}${reflected}` : '',
      `${f.name}'s attribute`,
    );
    assert.equal(type, f.type.text, `${f.name}'s type`);
    assert.equal(fallback, f.default ?? '', `${f.name}'s default`);
  }
  const methods = reference('api.html', 'methods').map(([signature]) => signature);
  const documented = members.filter((m) => m.kind === 'method');
  assert.ok(documented.length >= 7);
  assert.equal(methods.length, documented.length);
  for (const m of documented) {
    const parameters = (m.parameters ?? []).map((p) => p.name);
    assert.ok(
      methods.some((s) => s.startsWith(`${m.name}(`) && parameters.every((p) => s.includes(p))),
      `${m.name}() and its parameters`,
    );
  }
});

test('api.html lists every event with its type, and what its detail holds', () => {
  const rows = byName(reference('api.html', 'events'));
  assert.deepEqual([...rows.keys()].sort(), element.events.map((e) => e.name).sort());
  for (const e of element.events) assert.equal(rows.get(e.name)[1], e.type.text);
  const details = readFileSync('docs/guide/api.md', 'utf8').split('### Event details')[1];
  for (const e of element.events) assert.match(details, new RegExp(`\\| \`${e.name}\` +\\| \`\\{`));
});

test('api.html and theming.html list every CSS part and custom property, with its default', () => {
  for (const page of ['api.html', 'theming.html']) {
    const parts = byName(reference(page, 'parts'));
    assert.ok(element.cssParts.length > 20);
    assert.deepEqual([...parts.keys()].sort(), element.cssParts.map((p) => p.name).sort());
    const properties = byName(reference(page, 'css-properties'));
    assert.ok(element.cssProperties.length > 20);
    assert.deepEqual(
      [...properties.keys()].sort(),
      element.cssProperties.map((p) => p.name).sort(),
    );
    for (const property of element.cssProperties) {
      assert.ok(property.default, `${property.name} documents its default`);
      assert.equal(properties.get(property.name)[1], property.default, `${property.name}`);
    }
  }
});

test('what "not set" means is given for each attribute whose default is null, and only those', () => {
  const section = readFileSync('docs/guide/api.md', 'utf8')
    .split('| When not set')[1]
    .split('\n\n')[0];
  const listed = [...section.matchAll(/^\| `([^`]+)` /gm)].map((m) => m[1]);
  const unset = element.attributes.filter((a) => a.default === 'null').map((a) => a.name);
  assert.deepEqual(listed.sort(), unset.sort());
});

test('the data formats page lists every event field; frameworks lists every exported type', () => {
  const fields = readFileSync('src/model/types.ts', 'utf8')
    .match(/EVENT_FIELDS = \[([^\]]*)\]/)[1]
    .match(/'[^']+'/g)
    .map((field) => field.slice(1, -1));
  const formats = readFileSync('docs/guide/data-formats.md', 'utf8').split('## Event fields')[1];
  for (const field of fields) assert.match(formats, new RegExp(`^\\| \`${field}\` `, 'm'));

  const index = readFileSync('src/index.ts', 'utf8');
  const exported = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
  assert.ok(exported.length > 10);
  const frameworks = readFileSync('docs/guide/frameworks.md', 'utf8');
  for (const name of exported) assert.ok(frameworks.includes(`\`${name}\``), `${name} is listed`);
});
