// The reference tables, generated from custom-elements.json (which is generated from the element's
// JSDoc): attributes, properties, methods, events, CSS parts and CSS custom properties. The guide
// pages place them with `<!-- api:NAME -->` lines.
import { escape } from './markdown.mjs';

/** Plain text from the JSDoc, with `code` spans. */
export const prose = (text = '') => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The `<ai-timeline>` declaration of the manifest. */
export function findElement(manifest) {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName === 'ai-timeline');
  if (!element) throw new Error('custom-elements.json has no <ai-timeline> declaration');
  return element;
}

const code = (text) => `<code>${escape(text)}</code>`;
const type = (t) => (t?.text ? code(t.text) : '');
const fallback = (value) => (value !== undefined && value !== '' ? code(value) : '');

function table(name, head, rows) {
  if (rows.length === 0) return '<p>None.</p>';
  return `<table class="reference" data-reference="${name}"><thead><tr>${head
    .map((h) => `<th>${h}</th>`)
    .join('')}</tr></thead><tbody>
${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;
}

const signature = (m) =>
  code(
    `${m.name}(${(m.parameters ?? [])
      .map((p) => `${p.name}${p.optional || p.default ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
      .join(', ')}): ${m.return?.type?.text ?? 'void'}`,
  );

/** Each reference table as HTML, by the name used in `<!-- api:NAME -->`. */
export function referenceTables(element) {
  const members = element.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private');
  const methods = members.filter(
    (m) => m.kind === 'method' && !m.static && m.privacy !== 'private',
  );
  const superclass = element.superclass
    ? ` extends ${code(element.superclass.name)}${element.superclass.package ? ` (from ${code(element.superclass.package)})` : ''}`
    : '';
  return {
    summary: `<p class="lede">${prose(element.summary ?? element.description)}</p>
<p>Tag ${code(`<${element.tagName}>`)}, class ${code(element.name)}${superclass}: ${prose(element.description)}</p>`,
    attributes: table(
      'attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (element.attributes ?? []).map((a) => [
        code(a.name),
        a.fieldName ? code(a.fieldName) : '',
        type(a.type),
        fallback(a.default),
        prose(a.description),
      ]),
    ),
    properties: table(
      'properties',
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        `${code(f.name)}${f.readonly ? ' (read-only)' : ''}`,
        f.attribute ? `${code(f.attribute)}${f.reflects ? ' (reflected)' : ''}` : '',
        type(f.type),
        fallback(f.default),
        prose(f.description),
      ]),
    ),
    methods: table(
      'methods',
      ['Method', 'Description'],
      methods.map((m) => [signature(m), prose(m.description)]),
    ),
    events: table(
      'events',
      ['Event', 'Type', 'Description'],
      (element.events ?? []).map((e) => [code(e.name), type(e.type), prose(e.description)]),
    ),
    parts: table(
      'parts',
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), prose(p.description)]),
    ),
    'css-properties': table(
      'css-properties',
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((p) => [
        code(p.name),
        fallback(p.default),
        prose(p.description),
      ]),
    ),
  };
}
