// The index of every rule kwp can report: one module per rule (reading/, schema/, file/, files/),
// each with its metadata and, for the rules checked here, its check. Validation runs the checks
// through this index (each file's rules per file, the rules across files on the knowledge base);
// the README's rule reference and the SARIF rule descriptions are made from it, and every example
// is run as a test (test/rules/catalogue.test.ts). What a rule says to a person is in the rule
// texts (src/messages/rules-nl.ts, rules-en.ts), by the same id.
import { RULES, type RuleName } from '../diagnostics.js';
import type { Kind } from '../kinds.js';
import { budgetShortfall } from './file/budget-shortfall.js';
import { dateOrder } from './file/date-order.js';
import { emailInName } from './file/email-in-name.js';
import { evaluationBeforeStart } from './file/evaluation-before-start.js';
import { evaluationRequired } from './file/evaluation-required.js';
import { idMismatch } from './file/id-mismatch.js';
import { missingInhoud } from './file/missing-inhoud.js';
import { questionProjectRequired } from './file/question-project-required.js';
import { requiredForStatus } from './file/required-for-status.js';
import { studentsNotEducation } from './file/students-not-education.js';
import { cycle } from './files/cycle.js';
import { duplicateId } from './files/duplicate-id.js';
import { offerNotEducation } from './files/offer-not-education.js';
import { offerOverbooked } from './files/offer-overbooked.js';
import { offerPeriodMissed } from './files/offer-period-missed.js';
import { selfReference } from './files/self-reference.js';
import { takenUpUnlisted } from './files/taken-up-unlisted.js';
import { unknownFunder } from './files/unknown-funder.js';
import { unknownReference } from './files/unknown-reference.js';
import { unknownVocabulary } from './files/unknown-vocabulary.js';
import { unregisteredPartner } from './files/unregistered-partner.js';
import { fileTooLarge } from './reading/file-too-large.js';
import { frontmatterLanguage } from './reading/frontmatter-language.js';
import { invalidEncoding } from './reading/invalid-encoding.js';
import { missingFrontmatter } from './reading/missing-frontmatter.js';
import { notAMapping } from './reading/not-a-mapping.js';
import { symlinkOutside } from './reading/symlink-outside.js';
import { unclosedFrontmatter } from './reading/unclosed-frontmatter.js';
import { unexpectedFile } from './reading/unexpected-file.js';
import { unreadableFile } from './reading/unreadable-file.js';
import { yamlAnchor } from './reading/yaml-anchor.js';
import { yamlComplexKey } from './reading/yaml-complex-key.js';
import { yamlDuplicateKey } from './reading/yaml-duplicate-key.js';
import { yamlSyntax } from './reading/yaml-syntax.js';
import { yamlTabs } from './reading/yaml-tabs.js';
import { yamlTag } from './reading/yaml-tag.js';
import { yamlTooDeep } from './reading/yaml-too-deep.js';
import { invalidDate } from './schema/invalid-date.js';
import { invalidEmail } from './schema/invalid-email.js';
import { invalidId } from './schema/invalid-id.js';
import { invalidNumber } from './schema/invalid-number.js';
import { invalidType } from './schema/invalid-type.js';
import { invalidUrl } from './schema/invalid-url.js';
import { invalidValue } from './schema/invalid-value.js';
import { missingKey } from './schema/missing-key.js';
import { unknownKey } from './schema/unknown-key.js';
import type { FileRule, FilesRule, Rule } from './rule.js';

/** Every rule by its id: a rule without a module, or a module under another id, does not compile. */
const BY_ID: { readonly [R in RuleName]: Rule<R> } = {
  'invalid-encoding': invalidEncoding,
  'file-too-large': fileTooLarge,
  'unexpected-file': unexpectedFile,
  'symlink-outside': symlinkOutside,
  'unreadable-file': unreadableFile,
  'missing-frontmatter': missingFrontmatter,
  'unclosed-frontmatter': unclosedFrontmatter,
  'frontmatter-language': frontmatterLanguage,
  'yaml-syntax': yamlSyntax,
  'yaml-tabs': yamlTabs,
  'yaml-duplicate-key': yamlDuplicateKey,
  'yaml-complex-key': yamlComplexKey,
  'yaml-anchor': yamlAnchor,
  'yaml-tag': yamlTag,
  'yaml-too-deep': yamlTooDeep,
  'not-a-mapping': notAMapping,
  'missing-key': missingKey,
  'invalid-type': invalidType,
  'invalid-value': invalidValue,
  'invalid-date': invalidDate,
  'invalid-id': invalidId,
  'invalid-email': invalidEmail,
  'invalid-url': invalidUrl,
  'invalid-number': invalidNumber,
  'unknown-key': unknownKey,
  'id-mismatch': idMismatch,
  'required-for-status': requiredForStatus,
  'evaluation-required': evaluationRequired,
  'date-order': dateOrder,
  'evaluation-before-start': evaluationBeforeStart,
  'missing-inhoud': missingInhoud,
  'budget-shortfall': budgetShortfall,
  'students-not-education': studentsNotEducation,
  'question-project-required': questionProjectRequired,
  'email-in-name': emailInName,
  'duplicate-id': duplicateId,
  'unknown-reference': unknownReference,
  'self-reference': selfReference,
  cycle: cycle,
  'unknown-vocabulary': unknownVocabulary,
  'taken-up-unlisted': takenUpUnlisted,
  'unregistered-partner': unregisteredPartner,
  'unknown-funder': unknownFunder,
  'offer-not-education': offerNotEducation,
  'offer-period-missed': offerPeriodMissed,
  'offer-overbooked': offerOverbooked,
};

/** Every rule, in the order of RULES (reading, one file, across files): the order of the docs. */
export const RULE_INDEX: readonly Rule[] = RULES.map((id) => BY_ID[id]);

export function ruleById(id: RuleName): Rule {
  return BY_ID[id];
}

/** The rules checked here on one file, in the index's order. */
export const FILE_RULES: readonly FileRule[] = RULE_INDEX.filter((r): r is FileRule => 'check' in r);

/** The rules checked here across files, in the index's order. */
export const FILES_RULES: readonly FilesRule[] = RULE_INDEX.filter((r): r is FilesRule => 'checkAll' in r);

const BY_KIND = new Map<Kind, readonly FileRule[]>();

/** The rules of one file of a kind (worked out once per kind). */
export function fileRulesOf(kind: Kind): readonly FileRule[] {
  let rules = BY_KIND.get(kind);
  if (!rules) BY_KIND.set(kind, (rules = FILE_RULES.filter((r) => r.kinds.includes(kind))));
  return rules;
}
