// What every rule says to a person, in Dutch: a title, what is wrong (with tiny examples), and how
// to fix it. Beside the message catalogue rather than in it: one record per rule, so that the type
// makes a rule without texts a compile error. rules-en.ts holds the same in English.
import type { RuleName } from '../core/diagnostics.js';

export interface RuleText {
  /** One line: the rule's name for a person (SARIF shortDescription). */
  title: string;
  /** What is wrong, with tiny examples in backticks (Markdown code spans). */
  summary: string;
  /** How to fix it. */
  fix: string;
}

export const rulesNl: Record<RuleName, RuleText> = {
  'invalid-encoding': {
    title: 'Het bestand is geen UTF-8-tekst',
    summary:
      'Het bestand is geen UTF-8-tekst (opgeslagen als "ANSI"/Windows-1252, of een plaatje met de naam `.md`).',
    fix: 'Sla het in je editor op als UTF-8, of haal het weg.',
  },
  'file-too-large': {
    title: 'Het bestand is groter dan 1 MB',
    summary: 'Het bestand is groter dan 1 MB (meestal een geplakt plaatje of een bijlage).',
    fix: 'Houd bijlagen buiten de tekst; verwijs ernaar met een link.',
  },
  'unexpected-file': {
    title: 'Een bestand dat niet in deze map hoort',
    summary:
      'Iets anders dan een `.md`-bestand in `projecten/`, `kennisvragen/` of `partners/` (`notities.txt`, een map `oud/`, een named pipe).',
    fix: 'Verplaats of hernoem het.',
  },
  'symlink-outside': {
    title: 'Een link naar een bestand buiten de kennisbank',
    summary: 'Een snelkoppeling (symbolische link) die buiten de kennisbank wijst.',
    fix: 'Zet het echte bestand in de kennisbank.',
  },
  'unreadable-file': {
    title: 'Het bestand kan niet gelezen worden',
    summary: 'Het bestand kan niet geopend worden (geen rechten, of een link naar een bestand dat weg is).',
    fix: 'Zet het bestand of de rechten terug, of haal de link weg.',
  },
  'missing-frontmatter': {
    title: 'Geen frontmatter',
    summary: 'Het bestand begint niet met een regel `---` (het begint met `# Titel`, of is leeg).',
    fix: 'Begin met `---`, dan de sleutels, en weer een regel `---`.',
  },
  'unclosed-frontmatter': {
    title: 'De frontmatter wordt niet afgesloten',
    summary: 'Bij de openende `---` hoort geen afsluitende `---`.',
    fix: 'Zet na de laatste sleutel een regel met precies `---`.',
  },
  'frontmatter-language': {
    title: 'Frontmatter die geen YAML is',
    summary: 'De eerste regel is `---js`, `---toml` of iets dergelijks.',
    fix: 'Gebruik een gewone `---` en schrijf de sleutels in YAML (`titel: …`).',
  },
  'yaml-syntax': {
    title: 'De YAML kan niet gelezen worden',
    summary:
      'De sleutels kunnen niet gelezen worden (`thema: [duurzaamheid` zonder `]`, `kennisvraag: "Wat werkt?` zonder sluitend aanhalingsteken, `gebied: Binnenstad: noord`, een opmerking zonder spatie ervoor: `titel: "Kapot"# oud`).',
    fix: 'Sluit de haak of het aanhalingsteken; zet tekst met `: ` erin tussen aanhalingstekens; zet een spatie vóór `#`.',
  },
  'yaml-tabs': {
    title: 'Ingesprongen met een tab',
    summary: 'Een regel springt in met een tab.',
    fix: 'Spring in met spaties.',
  },
  'yaml-duplicate-key': {
    title: 'Dezelfde sleutel twee keer',
    summary: 'Dezelfde sleutel twee keer op één plek (twee regels `titel:`).',
    fix: 'Houd er één over en voeg de waarden samen.',
  },
  'yaml-complex-key': {
    title: 'Een lijst of groep sleutels als sleutel',
    summary:
      'Een sleutel die een lijst of een groep sleutels is in plaats van een naam (`[thema, gebied]: x`, `? [wie, wat]`).',
    fix: 'Schrijf één naam vóór de dubbele punt (`thema: [IT]`).',
  },
  'yaml-anchor': {
    title: 'Een YAML-anker of -verwijzing',
    summary: 'Een anker of verwijzing (`&femke`, `*femke`).',
    fix: 'Schrijf de waarde elke keer voluit.',
  },
  'yaml-tag': {
    title: 'Een YAML-tag',
    summary: 'Een YAML-tag (`!!str`, `!!js/function`).',
    fix: 'Haal de tag weg; zet tekst zo nodig tussen aanhalingstekens.',
  },
  'yaml-too-deep': {
    title: 'Te diep genest',
    summary: 'Haken die meer dan 64 diep genest zijn (`[[[[…`).',
    fix: 'Schrijf een gewone lijst.',
  },
  'not-a-mapping': {
    title: 'De frontmatter bestaat niet uit regels `sleutel: waarde`',
    summary: 'Tussen de regels `---` staat een lijst of een zin in plaats van regels `sleutel: waarde`.',
    fix: 'Schrijf regels `sleutel: waarde`.',
  },
  'missing-key': {
    title: 'Een verplichte sleutel ontbreekt of is leeg',
    summary:
      'Een verplichte sleutel ontbreekt of is leeg (geen `titel:`, `titel:` zonder iets erachter, een `projectleider` zonder `naam`, een partner zonder `groep`).',
    fix: 'Voeg de sleutel toe, met een waarde.',
  },
  'invalid-type': {
    title: 'Een verkeerd soort waarde',
    summary:
      'Een verkeerd soort waarde (`titel: [Groene, daken]`; `id: 2026` of `gebied: 0123`, die als getal gelezen worden; een lijstpunt met `: ` in de tekst, `- Gestopt: de eigenaren wilden niet`, dat als sleutel met waarde gelezen wordt).',
    fix: 'Schrijf het gevraagde soort waarde; zet tekst die op een getal lijkt en tekst met `: ` tussen aanhalingstekens (`gebied: "0123"`, `- "Gestopt: de eigenaren wilden niet"`).',
  },
  'invalid-value': {
    title: 'Een waarde die niet in de lijst staat',
    summary:
      'Een waarde buiten de toegestane lijst (`status: bezig`, `groep: onderwys`, `csl_niveau: hoog`).',
    fix: 'Gebruik een van de waarden die de melding noemt.',
  },
  'invalid-date': {
    title: 'Geen bestaande datum',
    summary:
      'Geen echte datum in de vorm `JJJJ-MM-DD` (`2026-02-30`), of een datum die anders geschreven is (`3-2-2026`, `2026-2-3`).',
    fix: 'Schrijf `JJJJ-MM-DD` met een bestaande dag, bijvoorbeeld `2026-02-03`; bij een datum die anders geschreven is zegt kwp welke dag het erin leest (dag, maand, jaar).',
  },
  'invalid-id': {
    title: 'Een id die niet mag',
    summary:
      'Een `id` met hoofdletters, liggende streepjes, dubbele streepjes of minder dan 3 tekens (`Gemeente_Test`, `ab`).',
    fix: 'Gebruik kleine letters, cijfers en enkele streepjes, en geef het bestand dezelfde naam.',
  },
  'invalid-email': {
    title: 'Geen e-mailadres',
    summary: 'Geen e-mailadres (`email: f.devries@`).',
    fix: 'Schrijf het volledige adres.',
  },
  'invalid-url': {
    title: 'Een website die geen webadres is',
    summary:
      'Een `website` die geen webadres is dat met `https://` of `http://` begint (`www.saxion.nl`, `ftp://…`, `mailto:…`, of alleen `https://`).',
    fix: 'Schrijf het volledige adres, beginnend met `https://`.',
  },
  'invalid-number': {
    title: 'Geen getal van 0 of meer',
    summary:
      'Een aantal of bedrag dat negatief is, geen heel getal, of een woord (`studenten: 2.5`, `bedrag: -100`, `studenten: veel`).',
    fix: 'Een heel getal van 0 of meer (bedragen: elk getal van 0 of meer).',
  },
  'unknown-key': {
    title: 'Een sleutel die kwp niet kent',
    summary:
      'Een sleutel die kwp niet kent (`opdrachtgever:`, `deadline:` in `planning`), vaak een tikfout; of tekst die door een komma tussen accolades is afgesplitst (`wat: samen over mbo, hbo en wo` maakt daar een sleutel `hbo en wo`).',
    fix: 'Verbeter de spelling of haal de sleutel weg; zet tekst met een komma tussen aanhalingstekens (`wat: "samen over mbo, hbo en wo"`); een werkplaats mag eigen sleutels houden als ze `--strict` niet gebruikt.',
  },
  'id-mismatch': {
    title: 'De id verschilt van de bestandsnaam',
    summary: 'De `id` verschilt van de bestandsnaam (`id: 2026-groen-dak` in `2026-groene-daken.md`).',
    fix: 'Maak ze gelijk.',
  },
  'required-for-status': {
    title: 'Ontbreekt bij de status van het project',
    summary:
      'Een project dat `lopend`, `afgerond` of `gestopt` is, mist `projectleider`, `planning.start` of `planning.einde`. (Een project dat `gestopt` is voordat het ooit een planning had, of vóór de geplande start (`evaluatie.datum` vóór `planning.start`), heeft die niet nodig: het is in de voorbereiding gestopt; dat geldt ook voor `missing-inhoud`.)',
    fix: 'Vul ze in, of zet `status: voorbereiding`.',
  },
  'evaluation-required': {
    title: 'De evaluatie ontbreekt',
    summary:
      'Een project dat `afgerond` of `gestopt` is, heeft geen `evaluatie`, geen `evaluatie.datum` of geen `evaluatie.conclusies`.',
    fix: 'Voer `kwp evaluate <id>` uit, of vul ze aan.',
  },
  'date-order': {
    title: 'Datums in de verkeerde volgorde',
    summary:
      'Datums in de verkeerde volgorde (`einde` voor `start`, `tussentijds` na `einde`; in `werkplaats.md` `tussentijds` voor `eerste_opzet`; bij een kennisvraag `gewenst.tot` voor `gewenst.van`; in een periode van een aanbod `einde` voor `start`, of `intake_tot` na `start`).',
    fix: 'Verbeter de datums.',
  },
  'evaluation-before-start': {
    title: 'Geëvalueerd voor de start',
    summary:
      '`evaluatie.datum` ligt voor `planning.start`. (Een project dat `gestopt` is, mag voor de geplande start gestopt zijn.)',
    fix: 'Verbeter een van de twee datums.',
  },
  'missing-inhoud': {
    title: 'Geen inhoud onder `## Inhoud`',
    summary:
      'Een project (niet in `voorbereiding`) heeft geen sectie `## Inhoud`, of er staat alleen de aanwijzing `<!-- … -->` uit het sjabloon in.',
    fix: 'Beschrijf de inhoud van het project in een paar zinnen onder `## Inhoud`.',
  },
  'budget-shortfall': {
    title: 'De kosten zijn niet gedekt',
    summary:
      'Het geld in `begroting.dekking` is minder dan het totaal van `begroting.kosten` (de melding noemt het tekort, bijvoorbeeld `€ 1.500`; uren tellen niet als geld).',
    fix: 'Vul de dekking aan, of verlaag de kosten.',
  },
  'students-not-education': {
    title: 'Studenten bij een partner die geen school is',
    summary:
      '`studenten` bij een partner waarvan de `groep` niet `onderwijs` is (`Gemeente Test` met `groep: overheid` en `studenten: 4`).',
    fix: 'Zet de studenten bij de school die ze stuurt.',
  },
  'question-project-required': {
    title: 'Een vraag zonder haar project',
    summary: 'Een vraag met `bron: tijdens-project` of `bron: evaluatie` heeft geen `project`.',
    fix: 'Voeg `project: <id van het project waarin ze ontstond>` toe, of zet `bron: intake`.',
  },
  'email-in-name': {
    title: 'Een e-mailadres in de naam van een persoon',
    summary:
      'De `naam` van een persoon bevat een e-mailadres (`naam: Femke de Vries f.devries@example.org`), of een naam in `team` doet dat. Het adres komt dan overal mee waar de naam staat, ook in openbare verslagen.',
    fix: 'Zet het adres apart: `naam: Femke de Vries` en `email: f.devries@example.org`.',
  },
  'duplicate-id': {
    title: 'Twee bestanden met dezelfde id',
    summary:
      'Twee bestanden hebben dezelfde id (een project en een vraag allebei `2026-dubbele-id`); beide worden gemeld.',
    fix: 'Geef er één een nieuwe id en hernoem dat bestand.',
  },
  'unknown-reference': {
    title: 'Een verwijzing naar een id die niet bestaat',
    summary:
      'Een id in `vervolg_op`, `kennisvragen`, `evaluatie.nieuwe_kennisvragen` of het `project` van een vraag bestaat niet, of is van de verkeerde soort (een vraag in `vervolg_op`).',
    fix: 'Verbeter de id (de melding stelt er soms een voor), of maak het ontbrekende bestand.',
  },
  'self-reference': {
    title: 'Een project dat op zichzelf voortbouwt',
    summary: 'Een project noemt zichzelf in `vervolg_op`.',
    fix: 'Haal het weg.',
  },
  cycle: {
    title: 'Projecten die elkaar in een kring opvolgen',
    summary: 'Projecten volgen elkaar in een kring op (`a` volgt op `b`, `b` op `a`); één melding per kring.',
    fix: 'Haal de ene verwijzing weg die niet klopt.',
  },
  'unknown-vocabulary': {
    title: 'Staat niet in de lijsten van de werkplaats',
    summary:
      'Een `programma`, `thema` of `gebied` dat niet in de lijsten in `werkplaats.md` staat (`gebied: Rivierewijk`; de melding zegt "Bedoel je "Rivierenwijk"?").',
    fix: 'Gebruik de voorgestelde waarde, of voeg de nieuwe waarde toe aan `werkplaats.md`.',
  },
  'taken-up-unlisted': {
    title: 'Opgepakt, maar geen project noemt de vraag',
    summary: 'Een vraag heeft `status: opgepakt`, maar geen project noemt haar in `kennisvragen`.',
    fix: 'Zet de id van de vraag in `kennisvragen` van dat project, of verander de status.',
  },
  'unregistered-partner': {
    title: 'Een partner die niet in het register staat',
    summary:
      'De `naam` van een partner van een project, of de `instelling` van een aanbod, staat niet in het partnerregister (`Bakkerij De Korrel`).',
    fix: 'Verbeter de spelling, of registreer de partner met de opdracht uit de melding: `kwp new partner --name "Bakkerij De Korrel" --group ondernemers`.',
  },
  'unknown-funder': {
    title: 'Een financier die geen partner is',
    summary:
      "Een `partner` in `begroting.dekking` is geen partner van het project en staat niet in het partnerregister (`Gemeente Den Bosch` naast een geregistreerde `Gemeente 's-Hertogenbosch`); de melding stelt de naam voor die het meest lijkt.",
    fix: 'Schrijf de naam zoals bij de partners of in het register, of voeg de financier toe aan `partners` van het project of aan het register (`kwp new partner`).',
  },
  'offer-not-education': {
    title: 'Aanbod van een instelling die geen school is',
    summary:
      'De `instelling` van een aanbod staat in het partnerregister met een andere `groep` dan `onderwijs` (`Gemeente Rivelde` met `groep: overheid`).',
    fix: 'Noem de school die het aanbod doet, of verbeter de `groep` van de partner in het register.',
  },
  'offer-period-missed': {
    title: 'Een project dat geen periode van zijn aanbod inneemt',
    summary:
      'Een project (niet `gestopt`) noemt een aanbod in `aanbod`, maar zijn `planning.start` valt in geen van de `periodes` van dat aanbod (of ontbreekt).',
    fix: 'Kies een `planning.start` binnen een periode van het aanbod, of haal het aanbod weg en kies een ander.',
  },
  'offer-overbooked': {
    title: 'Een overboekte periode',
    summary:
      'Meer projecten (niet `gestopt`) nemen een periode van een aanbod in dan de `vragen` van die periode (standaard 1); de melding noemt de projecten.',
    fix: 'Verhoog `vragen` als de school meer vragen aankan, of plan een van de projecten in een andere periode.',
  },
};
