// The documentation of every rule, made from the rule index and the rule texts: the help that SARIF
// viewers show beside a finding, and the README's rule reference. One source, so they cannot drift.
import type { RuleName } from '../core/diagnostics.js';
import { RULE_INDEX } from '../core/rules/index.js';
import type { ExampleFile, Rule, RuleScope } from '../core/rules/rule.js';
import { type Lang, t } from '../messages/catalogue.js';
import { ruleText } from '../messages/rule-texts.js';

/**
 * The anchor of a rule's heading in the README. The heading is the rule id alone, and ids are
 * lowercase letters, digits and hyphens, so GitHub and npm both make the id itself the anchor.
 */
export function ruleAnchor(rule: RuleName): string {
  return rule;
}

export interface RuleHelp {
  text: string;
  markdown: string;
}

/** What a SARIF viewer shows as a rule's help: what is wrong, how to fix it, an example, a link. */
export function ruleHelp(lang: Lang, entry: Rule, helpUri: string): RuleHelp {
  const { summary, fix } = ruleText(lang, entry.id);
  const text = [summary, `${t(lang, 'rules.doc.fix')} ${fix}`];
  const markdown = [summary, `**${t(lang, 'rules.doc.fix')}** ${fix}`];
  if (entry.example) {
    for (const [label, files] of [
      [t(lang, 'rules.doc.bad'), entry.example.bad],
      [t(lang, 'rules.doc.good'), entry.example.good],
    ] as const) {
      for (const [path, file] of Object.entries(files)) {
        const shown = exampleText(file);
        const where = `knowledge/${path}`;
        text.push(`${t(lang, 'rules.doc.example-in', { label, file: where })}\n${indent(shown)}`);
        markdown.push(
          `${t(lang, 'rules.doc.example-in', { label, file: codeSpan(where) })}\n\n${codeBlock(shown, isWhole(file) ? 'markdown' : 'yaml')}`,
        );
      }
    }
  }
  text.push(`${t(lang, 'rules.doc.more')} ${helpUri}`);
  markdown.push(`[${t(lang, 'rules.doc.more-about', { rule: entry.id })}](${helpUri})`);
  return { text: text.join('\n\n'), markdown: markdown.join('\n\n') };
}

const SCOPES: readonly RuleScope[] = ['reading', 'file', 'files'];

/** The README's "Every validation rule" reference: a heading per scope, a heading per rule. */
export function ruleReference(lang: Lang): string {
  const out: string[] = [];
  for (const scope of SCOPES) {
    out.push(`### ${t(lang, `rules.doc.scope.${scope}`)}`);
    for (const entry of RULE_INDEX.filter((e) => e.scope === scope)) {
      const { summary, fix } = ruleText(lang, entry.id);
      out.push(`#### ${entry.id}`);
      out.push(
        `**${t(lang, entry.severity === 'error' ? 'rules.doc.error' : 'rules.doc.warning')}.** ${summary} **${t(lang, 'rules.doc.fix')}** ${fix}`,
      );
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** The lines an example shows: the frontmatter lines that matter, or the whole file. */
function exampleText(file: ExampleFile): string {
  if (typeof file === 'string') return file;
  if ('whole' in file) return file.whole.replace(/\n$/, '');
  return `${file.frontmatter}\n---\n\n${file.body.replace(/\n$/, '')}`;
}

function isWhole(file: ExampleFile): boolean {
  return typeof file !== 'string';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** A fenced code block whose fence no line of the text can close: longer than any run of backticks. */
export function codeBlock(text: string, language: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/** A code span that no backtick in the text can end. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}
