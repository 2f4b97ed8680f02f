// Logic-less templates: `{{name}}` placeholders filled with values, nothing else. In the frontmatter
// a placeholder that is a key's whole value becomes YAML (so any text stays valid YAML); in the body
// it becomes the text itself. No expressions, no code: a template cannot do anything but be filled.
import { splitFrontmatter } from '../frontmatter.js';
import { type YamlValue, yamlAfterKey, yamlInline } from './yaml-value.js';

export type TemplateValues = Readonly<Record<string, YamlValue>>;

const WHOLE_VALUE = /^(\s*)([^\s:#][^:#]*):[ \t]*\{\{\s*([\w.]+)\s*\}\}[ \t]*$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

export function renderTemplate(template: string, values: TemplateValues): string {
  const text = template.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const split = splitFrontmatter(text);
  // A template without frontmatter (the README for a new werkplaats) is only text.
  if (!split.ok) return text.replace(PLACEHOLDER, (_m, name: string) => bodyText(lookup(values, name)));
  const frontmatter = split.yaml
    .split('\n')
    .map((line) => {
      const whole = WHOLE_VALUE.exec(line);
      if (whole) return `${whole[1]}${whole[2]}:${yamlAfterKey(lookup(values, whole[3]!), whole[1]!)}`;
      return line.replace(PLACEHOLDER, (_m, name: string) => yamlInline(lookup(values, name), true));
    })
    .join('\n');
  const body = split.body.replace(PLACEHOLDER, (_m, name: string) => bodyText(lookup(values, name)));
  return `---\n${frontmatter}---\n${body}`;
}

/** The placeholders a template uses, for checking a werkplaats' own template. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

function lookup(values: TemplateValues, name: string): YamlValue {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

function bodyText(value: YamlValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => `- ${bodyText(v)}`).join('\n');
  if (typeof value === 'object') return yamlInline(value);
  return String(value);
}
