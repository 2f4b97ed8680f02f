// The npm files of a new werkplaats with CI: a package.json that pins this kwp as a devDependency, so
// CI installs exactly that version (and Dependabot or Renovate can propose the next one), and a
// .gitignore for what npm installs and what CI writes. Pure: the package's name and version are given.
import type { KwpPackage } from '../../store/kwp-package.js';
import { CODE_QUALITY_FILE, SARIF_FILE } from './ci-workflows.js';

export function werkplaatsPackageJson(naam: string, kwp: KwpPackage): string {
  const manifest = {
    private: true,
    description: `De kennisbank van ${naam.replace(/\s+/g, ' ')}. Dit bestand legt vast welke versie van kwp de automatische controle installeert; npm install installeert dezelfde hier (daarna: npx kwp).`,
    devDependencies: { [kwp.name]: kwp.version },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export const WERKPLAATS_GITIGNORE = `# Wat npm install hier installeert, en wat de automatische controle schrijft: niet in git.
node_modules/
.npm/
${SARIF_FILE}
${CODE_QUALITY_FILE}
# Het logboek van een kwp-opdracht die halverwege werd afgebroken: de volgende kwp ruimt het op.
.kwp-journal.json
# De website die kwp site hier schrijft: gemaakt uit knowledge/, niet zelf in git. _site/ is de map
# van de publicatie op GitHub Pages. Alleen deze mappen, geen andere map die zo heet.
/site/
/_site/
`;

/** Whether a package.json (its text) lists kwp already, as a dependency or devDependency. */
export function listsKwp(text: string, name: string): boolean {
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    return ['devDependencies', 'dependencies'].some((key) => {
      const deps = manifest[key];
      return typeof deps === 'object' && deps !== null && Object.hasOwn(deps, name);
    });
  } catch {
    return false;
  }
}
