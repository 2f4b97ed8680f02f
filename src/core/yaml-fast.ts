// The fast path: js-yaml with the YAML 1.2 core schema (dates stay strings, `no` stays a string,
// no custom types, nothing executed). Anything unusual is left to the full reader (yaml-full.ts).
import jsyaml from 'js-yaml';

/**
 * True when the YAML may hold an anchor, alias or tag: `&`, `*` or `!` at the start of a token.
 * A false alarm only costs speed (the full reader decides); a miss is impossible because YAML
 * only starts those tokens after whitespace, a flow indicator or the start of a line.
 */
const MAY_HAVE_NODE_PROPERTIES = /(?:^|[\s[{,])[&*!][^\s,[\]{}]/;

export type FastResult = { ok: true; data: unknown } | { ok: false };

export function readYamlFast(yaml: string): FastResult {
  if (MAY_HAVE_NODE_PROPERTIES.test(yaml)) return { ok: false };
  try {
    return { ok: true, data: jsyaml.load(yaml, { schema: jsyaml.CORE_SCHEMA }) };
  } catch {
    // Syntax errors, duplicate keys, deep nesting: the full reader explains them with positions.
    return { ok: false };
  }
}
