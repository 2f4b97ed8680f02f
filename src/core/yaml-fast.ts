// The fast path: js-yaml with the YAML 1.2 core schema (dates stay strings, `no` stays a string,
// no custom types, nothing executed). Anything unusual is left to the full reader (yaml-full.ts).
import { CORE_SCHEMA, load, type LoadOptions } from 'js-yaml';

/**
 * True when the YAML may hold an anchor, alias or tag: `&`, `*` or `!` at the start of a token.
 * A false alarm only costs speed (the full reader decides); a miss is impossible because YAML
 * only starts those tokens after whitespace, a flow indicator or the start of a line.
 */
const MAY_HAVE_NODE_PROPERTIES = /(?:^|[\s[{,])[&*!][^\s,[\]{}]/;

/**
 * Asked first, as most frontmatter has none of the three characters: three plain searches take
 * 7 ms over 13,000 files, against 15 ms for the character class and 21 ms for the pattern alone.
 */
function hasPropertyCharacter(yaml: string): boolean {
  return yaml.includes('&') || yaml.includes('*') || yaml.includes('!');
}

export type FastResult = { ok: true; data: unknown } | { ok: false };

export function readYamlFast(yaml: string): FastResult {
  if (hasPropertyCharacter(yaml) && MAY_HAVE_NODE_PROPERTIES.test(yaml)) return { ok: false };
  try {
    // Nesting deeper than the full reader allows (MAX_FLOW_DEPTH = 64 in yaml-full.ts) is left to it, so it
    // is reported as yaml-too-deep (js-yaml's own default is 100). @types/js-yaml lacks the option.
    const options = { schema: CORE_SCHEMA, maxDepth: 65 } as LoadOptions;
    return { ok: true, data: load(yaml, options) };
  } catch {
    // Syntax errors, duplicate keys, deep nesting: the full reader explains them with positions.
    return { ok: false };
  }
}
