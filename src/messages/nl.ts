// Dutch texts: the default language of kwp. Every id here must also exist in en.ts (the type checks it).
// Placeholders are {name}; lists are joined with commas where they are shown.
export const nl = {
  // reading files
  'file.utf8':
    'Het bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 (in de meeste editors: "Opslaan met codering").',
  'file.binary':
    'Dit is geen tekstbestand (het bevat binaire gegevens). Zet hier alleen markdownbestanden neer; is het als UTF-16 opgeslagen, sla het dan op als UTF-8.',
  'file.too-large':
    'Het bestand is {size} groot; de grens is {max}. Een projectbeschrijving is een paar kilobyte: staat er een bijlage of plaatje in de tekst?',
  'file.folder':
    'Map {name}/ hoort hier niet: kwp leest alleen .md-bestanden direct in {folder}/. Verplaats de bestanden of de map.',
  'file.not-markdown':
    'Bestand {name} hoort hier niet: in {folder}/ staan alleen .md-bestanden. Verplaats of hernoem het.',
  'file.symlink-outside':
    'Deze symbolische link wijst buiten de kennisbank ({target}) en wordt niet gevolgd. Zet het bestand zelf in de kennisbank.',
  'file.unreadable': 'Het bestand kan niet gelezen worden ({reason}).',
  'frontmatter.missing':
    'Het bestand begint niet met frontmatter. De eerste regel moet precies --- zijn, gevolgd door de YAML-gegevens en weer een regel ---.',
  'frontmatter.empty-file': 'Het bestand is leeg. Het moet beginnen met frontmatter tussen twee regels ---.',
  'frontmatter.unclosed':
    'De frontmatter wordt niet afgesloten: zet na de YAML-gegevens een regel met precies ---.',
  'frontmatter.language':
    'Frontmatter in "{language}" wordt niet gelezen en nooit uitgevoerd; alleen YAML mag. Begin het bestand met een regel met precies ---.',
  'yaml.syntax': 'De YAML klopt hier niet: {detail}.',
  'yaml.tabs': 'Inspringen met een tab mag niet in YAML; gebruik spaties.',
  'yaml.duplicate-key': 'Sleutel "{key}" staat hier twee keer. Voeg de waarden samen of verwijder er één.',
  'yaml.alias': 'Een verwijzing (*{name}) is niet toegestaan; schrijf de waarde voluit.',
  'yaml.anchor': 'Een anker (&{name}) is niet toegestaan; schrijf waarden voluit.',
  'yaml.tag':
    'Een YAML-tag ({tag}) is niet toegestaan; schrijf de waarde zonder tag (zet tekst tussen aanhalingstekens).',
  'yaml.too-deep': 'De YAML is dieper genest dan {max} niveaus; zo schrijft niemand een projectbeschrijving.',
  'yaml.not-a-mapping':
    'De frontmatter moet uit sleutels met waarden bestaan (zoals "titel: ..."), niet uit {found}.',
  // one file against its schema
  'schema.missing-key': 'Verplichte sleutel "{key}" ontbreekt.',
  'schema.missing-key-in': 'Verplichte sleutel "{key}" ontbreekt in "{parent}".',
  'schema.empty-key': 'Verplichte sleutel "{key}" is leeg.',
  'schema.invalid-type': '"{key}" moet {expected} zijn, maar is {found}.',
  'schema.quote-hint':
    '"{key}" moet tekst zijn, maar {value} wordt als {found} gelezen. Zet het tussen aanhalingstekens: "{value}".',
  'schema.invalid-value': '"{value}" is geen geldige waarde voor "{key}". Toegestaan: {allowed}.',
  'schema.invalid-date':
    '"{value}" is geen geldige datum voor "{key}". Schrijf JJJJ-MM-DD met een bestaande dag, bijvoorbeeld 2026-03-31.',
  'schema.invalid-id':
    '"{value}" is geen geldige id: gebruik 3 tot 80 tekens, kleine letters a-z, cijfers en enkele streepjes (bijvoorbeeld 2026-groene-daken).',
  'schema.invalid-email': '"{value}" is geen geldig e-mailadres.',
  'schema.invalid-url': '"{value}" is geen geldig webadres; begin met https://.',
  'schema.invalid-number': '"{key}" moet een heel getal van 0 of meer zijn, maar is {value}.',
  'schema.invalid-amount': '"{key}" moet een bedrag of aantal van 0 of meer zijn, maar is {value}.',
  'schema.unknown-key': 'Onbekende sleutel "{key}". Bekende sleutels hier: {known}.',
  'schema.person-or-name': '"{key}" moet een naam of een persoon ({naam: ..., email: ...}) zijn.',
  // one file, rules between its fields
  'rule.id-mismatch':
    'De id "{id}" komt niet overeen met de bestandsnaam {file}. Maak ze gelijk (id "{expected}").',
  'rule.required-for-status':
    '"{key}" is verplicht voor een project met status {status} (alleen bij voorbereiding mag het ontbreken).',
  'rule.evaluation-missing':
    'Een project met status {status} heeft een evaluatie nodig (evaluatie: met datum en conclusies). Gebruik kwp evaluate.',
  'rule.evaluation-date-missing': 'De evaluatie heeft een datum nodig (evaluatie.datum).',
  'rule.evaluation-conclusion-missing':
    'De evaluatie heeft minstens één conclusie nodig (evaluatie.conclusies).',
  'rule.date-order': '"{key}" ({value}) ligt voor "{other}" ({otherValue}).',
  'rule.evaluation-before-start': 'De evaluatiedatum {value} ligt voor de start van het project ({start}).',
  'rule.inhoud-missing':
    'De sectie "## Inhoud" ontbreekt. Beschrijf daar de inhoud op hoofdlijnen (verplicht behalve bij status voorbereiding).',
  'rule.inhoud-empty': 'De sectie "## Inhoud" is leeg. Beschrijf de inhoud op hoofdlijnen.',
  'rule.budget-shortfall':
    'De dekking ({covered}) is lager dan de kosten ({costs}): er ontbreekt {shortfall}.',
  'rule.students-not-education':
    '"studenten" hoort alleen bij een partner met groep onderwijs, niet bij groep {group}.',
  'rule.question-project-required':
    'Een vraag met bron {source} heeft "project" nodig: het project waarin de vraag ontstond.',
  // across files
  'cross.duplicate-id':
    'De id "{id}" wordt ook gebruikt in {other}. Een id moet uniek zijn in de hele kennisbank.',
  'cross.unknown-reference': '"{key}" verwijst naar {kind} "{id}", maar die bestaat niet.',
  'cross.wrong-kind': '"{key}" verwijst naar "{id}", maar dat is {found}, geen {kind}.',
  'cross.self-reference': 'Het project volgt op zichzelf ("{id}" staat in vervolg_op). Haal het weg.',
  'cross.cycle':
    'De vervolgprojecten vormen een kring: {cycle} (→ betekent: volgt op). Een project kan niet (via andere) op zichzelf volgen; haal één van de verwijzingen weg.',
  'cross.unknown-vocabulary':
    '"{value}" staat niet in de lijst {list} van werkplaats.md. Toegestaan: {allowed}.',
  'cross.taken-up-unlisted':
    'De vraag heeft status opgepakt, maar geen project noemt haar in "kennisvragen". Voeg "{id}" toe aan het project dat de vraag oppakt.',
  'cross.unregistered-partner':
    'Partner "{name}" staat niet in het partnerregister. Registreer met: kwp new partner --name "{name}" --group {group}',
  'cross.unregistered-partner-typo':
    'Partner "{name}" staat niet in het partnerregister. Bedoel je "{closest}"? Zo niet, registreer met: kwp new partner --name "{name}" --group {group}',
  'hint.did-you-mean': 'Bedoel je "{value}"?',
  'kind.project': 'project',
  'kind.vraag': 'kennisvraag',
  'kind.partner': 'partner',
  'kind.werkplaats': 'werkplaats',
  'type.string': 'tekst',
  'type.number': 'een getal',
  'type.boolean': 'ja/nee (true/false)',
  'type.array': 'een lijst',
  'type.object': 'een blok met sleutels',
  'type.null': 'leeg',
  'type.person': 'een persoon ({naam: ..., email: ...})',
  // git and writing files
  'git.not-a-repository':
    '{dir} is geen git-repository, dus --commit kan niet. Maak er een met git init (of kwp init), of laat --commit weg.',
  'git.other-changes-staged':
    'Er staan al andere wijzigingen klaar voor een commit ({files}); kwp commit alleen zijn eigen bestanden. Commit of unstage die eerst (git restore --staged <bestand>). Er is niets geschreven en niets gecommit.',
  'git.failed': 'Git weigerde: {detail}',
  'write.exists': 'Bestand {path} bestaat al; kwp overschrijft het niet.',
  'write.failed': 'Kan {path} niet schrijven ({reason}). Er is niets (half) geschreven.',
  // command line
  'new.missing':
    'Er ontbreken gegevens: {flags}. Geef ze mee als optie, of start het commando in een terminal zonder --yes om ze te beantwoorden.',
  'new.status':
    'Een nieuw project begint met status voorbereiding of lopend, niet "{value}". Afronden gaat later met kwp evaluate.',
  'new.date': '{option} "{value}" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-09-01.',
  'new.end-before-start': 'De einddatum {end} ligt voor de startdatum {start}.',
  'new.unknown-project': '{option}: er is geen project "{id}".',
  'new.not-a-project': '{option}: "{id}" is een {found}, geen project.',
  'new.person':
    '{option}: "{value}" is geen persoon. Schrijf "Naam <e-mail>", bijvoorbeeld "Femke de Vries <f.devries@example.org>".',
  // the questions of kwp new project
  'ask.required': 'Dit is nodig; vul iets in.',
  'ask.done': '(klaar)',
  'ask.none': '(geen)',
  'ask.title': 'Titel van het project:',
  'ask.status': 'Waar staat het project?',
  'ask.status.voorbereiding': 'In voorbereiding (nog niet begonnen)',
  'ask.status.lopend': 'Lopend (al begonnen)',
  'ask.programme': 'Welk programma?',
  'ask.question': 'Centrale kennisvraag:',
  'ask.follows': 'Sluit het aan op een eerder project?',
  'ask.follows.which': 'Op welk project? (typ om te zoeken op titel of id)',
  'ask.follows.more': 'Nog een eerder project? (gekozen: {ids})',
  'ask.content': 'Inhoud op hoofdlijnen (wat gaan de studenten doen, met wie en waar?):',
  'ask.content.optional': 'Inhoud op hoofdlijnen (mag later; Enter om over te slaan):',
  'ask.themes': "Thema's (spatie om te kiezen, Enter als je klaar bent):",
  'ask.themes.free': "Thema's, gescheiden door komma's (Enter om over te slaan):",
  'ask.area': 'In welk gebied of welke wijk?',
  'ask.area.free': 'Gebied of wijk (Enter om over te slaan):',
  'ask.lead': 'Projectleider ("Naam <e-mail>"):',
  'ask.lead.optional': 'Projectleider ("Naam <e-mail>", Enter om over te slaan):',
  'ask.contact': 'Contactpersoon ("Naam <e-mail>"):',
  'ask.person.invalid':
    'Schrijf "Naam <e-mail>", bijvoorbeeld Femke de Vries <f.devries@example.org>, of alleen een naam.',
  'ask.partner': 'Betrokken partners: kies uit het register (typ om te zoeken)',
  'ask.partner.more': 'Nog een partner? (gekozen: {names})',
  'ask.partner.new': '(een partner die nog niet in het register staat)',
  'ask.partner.name': 'Naam van de organisatie:',
  'ask.partner.group': 'Tot welke groep hoort die?',
  'ask.partner.level': 'Op welk niveau leidt {name} op?',
  'ask.partner.programme': 'Welke opleiding van {name}? (Enter om over te slaan)',
  'ask.partner.students': 'Hoeveel studenten van {name} doen mee? (Enter als nog onbekend)',
  'ask.number.invalid': 'Vul een heel getal in, of laat het leeg.',
  'ask.goal.who': 'Wat willen de stakeholders leren? Wie wil iets leren? (Enter om over te slaan)',
  'ask.goal.who.more': 'Wie wil er nog iets leren? (Enter als je klaar bent)',
  'ask.goal.what': 'Wat wil {who} leren?',
  'ask.start': 'Startdatum (JJJJ-MM-DD):',
  'ask.start.optional': 'Startdatum (JJJJ-MM-DD, Enter als nog onbekend):',
  'ask.midterm': 'Tussentijds moment (JJJJ-MM-DD, Enter om over te slaan):',
  'ask.end': 'Einddatum (JJJJ-MM-DD):',
  'ask.end.optional': 'Einddatum (JJJJ-MM-DD, Enter als nog onbekend):',
  'ask.date.invalid': 'Dat is geen bestaande datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2026-09-01.',
  'ask.date.before': 'Deze datum ligt voor {date}; kies een latere.',
  'ask.cost': 'Kosten: waarvoor? (bijvoorbeeld plantmateriaal; Enter om over te slaan)',
  'ask.cost.more': 'Nog een kostenpost? (Enter als je klaar bent)',
  'ask.cost.amount': 'Bedrag voor {post} in euro:',
  'ask.amount.invalid': 'Vul een bedrag in euro in, zoals 1500 of 1500,50.',
  'ask.cover': 'Dekking: welke partner draagt bij? (Enter om over te slaan)',
  'ask.cover.more': 'Nog een partner die bijdraagt? (Enter als je klaar bent)',
  'ask.cover.amount': 'Hoeveel euro draagt {partner} bij? (Enter als alleen uren)',
  'ask.cover.hours': 'Hoeveel uren draagt {partner} bij? (Enter als geen)',
  'ask.summary': 'Dit wordt het bestand:',
  'ask.confirm': 'Opslaan?',
  'ask.vraag': 'De kennisvraag:',
  'ask.source': 'Waar komt de vraag vandaan?',
  'ask.source.intake': 'Intake (van buiten, bijvoorbeeld de gemeente of bewoners)',
  'ask.source.tijdens-project': 'Ontstaan tijdens een project (fase 3b)',
  'ask.source.evaluatie': 'Uit de evaluatie van een project (fase 4)',
  'ask.source.project': 'In welk project ontstond de vraag? (typ om te zoeken)',
  'ask.owner': 'Vraageigenaar: een organisatie, of "Naam <e-mail>" (Enter om over te slaan):',
  'ask.partner.contact': 'Aanspreekpunt ("Naam <e-mail>", Enter om over te slaan):',
  'ask.partner.website': 'Website (https://..., Enter om over te slaan):',
  'new.website': '--website "{value}" is geen webadres; begin met https://.',
  'new.partner-exists': 'Partner "{name}" staat al in het register.',
  'write.reason.disk-full': 'de schijf is vol, of het bestand wordt te groot',
  'write.reason.read-only': 'geen schrijfrechten in die map',
  'write.reason.not-a-folder': 'daar staat een bestand waar een map hoort',
  'prompt.key.navigate': 'kiezen',
  'prompt.key.select': 'bevestigen',
  'prompt.key.submit': 'klaar',
  'prompt.key.all': 'alles',
  'prompt.key.invert': 'omkeren',
  'prompt.yes-no': 'J/n',
  'prompt.no-yes': 'j/N',
  'prompt.yes': 'Ja',
  'prompt.no': 'Nee',
  'ask.summary.partners': 'En nieuw in het partnerregister: {paths}',
  'edit.unreadable': 'Kan {path} niet lezen ({reason}).',
  'edit.refused':
    'kwp past {path} niet aan: de gegevens zijn niet veilig te bewerken ({detail}). Herstel het bestand eerst; kwp validate laat zien wat er mis is. Er is niets veranderd.',
  'edit.changed':
    '{path} is veranderd sinds kwp het las (door iemand anders of een ander programma). kwp overschrijft dat werk niet; probeer het opnieuw. Er is niets veranderd.',
  'link.self': 'Een project kan niet op zichzelf volgen ({id}).',
  'link.cycle': 'Deze koppeling zou een kring maken: {cycle} (→ betekent: volgt op). Er is niets veranderd.',
  'link.already': '{id} volgt al op {earlier}; er is niets veranderd.',
  'link.done': '{id} volgt nu op {earlier} ({path}).',
  'evaluate.not-started':
    'Dit project is nog in voorbereiding: het kan alleen gestopt worden (--status gestopt), niet afgerond.',
  'evaluate.before-start': 'De evaluatiedatum {date} ligt voor de start van het project ({start}).',
  'evaluate.no-conclusion': 'Een evaluatie heeft minstens één conclusie nodig: --conclusion "…".',
  'evaluate.again':
    'Dit project is al geëvalueerd. Geef --yes om de evaluatie aan te vullen (eerdere punten blijven staan), of start kwp evaluate in een terminal. Er is niets veranderd.',
  'evaluate.question-status':
    'Kennisvraag {id} heeft status {status}; alleen een open (of al opgepakte) vraag kan een nieuw project beginnen.',
  'eval.title': 'Evaluatie (fase 4) van: {title}',
  'eval.question': 'De centrale kennisvraag was: {question}',
  'eval.earlier': 'Eerder vastgelegd:',
  'eval.keep': 'Deze punten houden?',
  'eval.conclusion': 'Belangrijkste conclusie (wat is het antwoord op de kennisvraag?):',
  'eval.conclusion.more': 'Nog een conclusie? (Enter als je klaar bent)',
  'eval.goals': 'Wat de stakeholders wilden leren:',
  'eval.lesson': 'Leerpunt (wat is er geleerd? Enter om over te slaan):',
  'eval.lesson.more': 'Nog een leerpunt? (Enter als je klaar bent)',
  'eval.improvement': 'Verbeterpunt voor een volgend project (Enter om over te slaan):',
  'eval.improvement.more': 'Nog een verbeterpunt? (Enter als je klaar bent)',
  'eval.new-question': 'Nieuwe kennisvraag die het project opleverde (Enter om over te slaan):',
  'eval.new-question.more': 'Nog een nieuwe kennisvraag? (Enter als je klaar bent)',
  'eval.date': 'Datum van de evaluatie (JJJJ-MM-DD):',
  'eval.status': 'Hoe is het project geëindigd?',
  'eval.status.afgerond': 'Afgerond',
  'eval.status.gestopt': 'Gestopt (voortijdig beëindigd)',
  'eval.summary': 'De evaluatie ({status}, {date}):',
  'new.unknown-question': '{option}: er is geen kennisvraag "{id}".',
  'new.not-a-question': '{option}: "{id}" is een {found}, geen kennisvraag.',
  'story.built-on': 'Bouwt voort op:',
  'story.takes-up': 'Pakt deze kennisvragen op:',
  'story.evaluation': 'Evaluatie ({date}):',
  'story.conclusions': 'Conclusies:',
  'story.lessons': 'Leerpunten:',
  'story.improvements': 'Verbeterpunten:',
  'story.raised': 'Nieuwe kennisvragen uit dit project:',
  'story.taken-up-by': 'opgepakt door',
  'story.continued-by': 'Vervolgd door:',
  'new.dry-run': 'Zou schrijven: {path} (er is niets geschreven)',
  // kwp init
  'init.intro':
    'Een nieuwe kennisbank in {dir}. Wat je overslaat, kun je later aanvullen in knowledge/werkplaats.md.',
  'init.ask.name': 'Naam van de werkplaats:',
  'init.ask.programmes': "Programma's, gescheiden door komma's (Enter om over te slaan):",
  'init.ask.themes': "Thema's, gescheiden door komma's (Enter om over te slaan):",
  'init.ask.areas': "Gebieden of wijken, gescheiden door komma's (Enter om over te slaan):",
  'init.ask.manager': 'Manager van de Kenniswerkplaats ("Naam <e-mail>", Enter om over te slaan):',
  'init.ask.target-students': 'Doel: hoeveel studenten doen er mee? (Enter om over te slaan)',
  'init.ask.target-areas': 'Doel: in hoeveel gebieden? (Enter om over te slaan)',
  'init.ask.target-projects': 'Doel: hoeveel projecten? (Enter om over te slaan)',
  'init.ask.ci': 'Waar komt de repository te staan? Daar controleert kwp elke wijziging.',
  'init.ci.github': 'GitHub',
  'init.ci.gitlab': 'GitLab',
  'init.ci.none': 'Ergens anders (geen automatische controle)',
  'init.ask.confirm': 'Kennisbank zo aanmaken?',
  'init.invalid-number':
    '"{value}" is geen heel getal van 0 of meer. Typ bijvoorbeeld 1200, of laat het leeg.',
  'init.invalid-person':
    '"{value}" is geen persoon: schrijf "Naam <e-mail>", bijvoorbeeld Femke de Vries <f.devries@example.org>.',
  'init.summary':
    "Dit wordt aangemaakt in {dir}:\n  naam:        {name}\n  programma's: {programmes}\n  thema's:     {themes}\n  gebieden:    {areas}\n  manager:     {manager}\n  doelen:      {targets}\n  controle:    {ci}\n  git:         {git}",
  'init.summary.targets': '{students} studenten, {areas} gebieden, {projects} projecten',
  'init.summary.git-new': 'nieuwe repository met een eerste commit',
  'init.summary.git-existing': 'een commit in de repository {top}',
  'init.summary.git-none': 'geen (--no-git)',
  'init.summary.ci-none': 'geen',
  'init.not-a-folder': '{dir} is een bestand, geen map. Geef een (nieuwe) map op voor de kennisbank.',
  'init.kb-exists':
    'In {dir} staat al een kennisbank (knowledge/werkplaats.md). kwp init verandert daar niets aan; ga verder met kwp new project.',
  'init.missing-name':
    'De naam van de werkplaats ontbreekt: geef --name "<naam>". Zonder terminal, of met --yes, vraagt kwp niets.',
  'init.ci-exists':
    '{path} bestaat al; kwp init overschrijft het niet. Er is niets geschreven. Voeg de controle zelf toe, of gebruik --ci none.',
  'init.git-failed':
    'Git weigerde: {detail}. De bestanden zijn wel geschreven in {dir}; maak de eerste commit zelf (git add en git commit) als git weer meewerkt.',
  'init.git-missing':
    'Git is niet gevonden, dus er is geen repository gemaakt. De bestanden zijn wel geschreven in {dir}. Installeer git (https://git-scm.com) en maak dan zelf git init en een eerste commit.',
  'init.done': 'Nieuwe kennisbank: {path}',
  'init.readme-kept': 'README.md bestond al en is niet veranderd.',
  'init.next': 'Volgende stappen:',
  'init.ask.name-required': 'Een naam is nodig; vul iets in.',
  'init.git-unrecognised':
    '{top} heeft een .git, maar git herkent het niet als repository, dus er is niets gecommit. De bestanden zijn wel geschreven in {dir}.',
  'graph.edge.vervolg_op': 'vervolgd door',
  'graph.edge.raised': 'nieuwe vraag',
  'graph.edge.taken_up': 'opgepakt door',
  'graph.empty':
    'Geen ketens om te tekenen: geen project bouwt voort op een ander (vervolg_op) en geen kennisvraag verbindt twee projecten. Kies één project of vraag met --root <id>.',
  'graph.root-kind':
    '"{id}" is geen project of kennisvraag; --root neemt het id van een project of kennisvraag.',
  'graph.too-big-for-mermaid':
    'Let op: {nodes} knopen en {edges} pijlen is meer dan Mermaid op GitHub en GitLab tekent (50.000 tekens of 500 pijlen). Kies één keten met --root <id>, of gebruik --format dot.',
  'help.graph':
    'teken de vervolgketens en de kennisvragen ertussen: Mermaid (voor GitHub en GitLab), DOT of JSON',
  'help.graph.example':
    '  kwp graph > ketens.mmd\n  kwp graph --root 2025-groene-schoolpleinen-rivierenwijk\n  kwp graph --format dot | dot -Tsvg > ketens.svg\n  kwp graph --format json\n\nIn het diagram: elk project in een keten (verbonden via vervolg_op), elk project dat alleen via een\nkennisvraag aan een ander vastzit, en alle kennisvragen die deze projecten opriepen of oppakten, ook\nde open vragen. Pijlen wijzen vooruit: eerder project → vervolg, project → nieuwe vraag → project dat\nhem oppakt. Projecten en vragen zonder zulke verbinding staan er niet in; --root <id> toont ze wel.\nIn een .md-bestand: zet de Mermaid-uitvoer tussen ```mermaid en ```.',
  'help.opt.graph-format': 'uitvoer: mermaid, dot of json',
  'help.opt.root': 'alleen de keten van dit project, of de ketens die deze kennisvraag verbindt',
  'cli.no-kb':
    'Geen kennisbank gevonden: er is geen knowledge/werkplaats.md in {dir} of een map erboven. Gebruik --kb <map>, zet KWP_KB, of begin er een met kwp init.',
  'cli.kb-not-found': 'In {dir} staat geen kennisbank (knowledge/werkplaats.md ontbreekt).',
  'cli.path-not-found': 'Pad {path} bestaat niet.',
  'cli.path-outside': 'Pad {path} ligt buiten de kennisbank {root}.',
  'cli.unknown-id': 'Er is geen record met id "{id}".',
  'cli.unknown-option-value': 'Onbekende waarde "{value}" voor {option}. Toegestaan: {allowed}.',
  'cli.cancelled': 'Afgebroken: er is niets geschreven.',
  'cli.internal':
    'Er ging iets onverwachts mis: {message}. Zet KWP_DEBUG=1 voor details, en meld het alstublieft.',
  'cli.validate-ok': '{files} bestanden gecontroleerd: geen problemen.',
  'cli.validate-summary': '{files} bestanden gecontroleerd: {errors} fout(en), {warnings} waarschuwing(en).',
  'cli.list-empty': 'Niets gevonden.',
  'cli.skipped-unreadable':
    '{count} bestand(en) overgeslagen omdat ze niet te lezen zijn; kwp validate vertelt waarom.',
  'label.id': 'id',
  'label.status': 'status',
  'label.titel': 'titel',
  'label.programma': 'programma',
  'label.gebied': 'gebied',
  'label.vraag': 'vraag',
  'label.naam': 'naam',
  'label.groep': 'groep',
  'label.niveau': 'niveau',
  'label.bron': 'bron',
  'label.start': 'start',
  'label.path': 'bestand',
  'label.vervolgd_door': 'vervolgd door',
  'label.opgepakt_door': 'opgepakt door',
  'label.keten': 'keten',
  'label.none': '(geen)',
  'severity.error': 'fout',
  'severity.warning': 'waarschuwing',
  // help texts (kwp --help)
  'help.program':
    'kwp: de kennisbank van de Kenniswerkplaats — projecten, kennisvragen en partners in markdown, gecontroleerd en doorzoekbaar.',
  'help.program.after':
    '\nBegin met: kwp validate (controleer alles), kwp list (wat is er), kwp show <id> (één project).\nMeer: kwp <opdracht> --help.',
  'help.examples': 'Voorbeelden:',
  'help.opt.version': 'toon het versienummer',
  'help.opt.help': 'toon hulp bij deze opdracht',
  'help.opt.kb':
    'de map van de kennisbank (anders: KWP_KB, of de map met knowledge/werkplaats.md boven de huidige)',
  'help.opt.lang': 'taal van meldingen: nl of en (anders: KWP_LANG, of taal in werkplaats.md)',
  'help.opt.format': 'uitvoer: pretty, json of github',
  'help.opt.strict': 'ook waarschuwingen laten falen (onbekende sleutels worden fouten)',
  'help.opt.status': 'alleen deze status',
  'help.opt.theme': 'alleen dit thema',
  'help.opt.area': 'alleen dit gebied',
  'help.opt.programme': 'alleen dit programma',
  'help.opt.partner': 'alleen projecten met deze partner',
  'help.opt.json': 'uitvoer als JSON',
  'help.validate':
    'controleer de kennisbank (of alleen de genoemde bestanden en mappen) en meld elk probleem',
  'help.validate.example':
    '  kwp validate\n  kwp validate knowledge/projecten/2026-groene-daken.md\n  kwp validate --format json\n  kwp validate --strict --format github',
  'help.list': 'toon projecten, vragen of partners (soort: projecten, vragen, partners)',
  'help.list.example':
    '  kwp list\n  kwp list --status lopend --theme duurzaamheid\n  kwp list vragen --status open\n  kwp list partners --json',
  'help.show': 'toon één project, vraag of partner, met wie erop voortbouwt en de keten',
  'help.show.example':
    '  kwp show 2025-groene-schoolpleinen-rivierenwijk\n  kwp show 2025-groene-schoolpleinen-rivierenwijk --json',
  'help.schema': 'JSON Schema van de frontmatter voor editors (soort: project, vraag, partner, werkplaats)',
  'help.schema.example': '  kwp schema project > project.schema.json',
  'help.init':
    'begin een nieuwe kennisbank: knowledge/werkplaats.md, de mappen, een README, een CI-workflow en git',
  'help.init.example':
    '  kwp init mijn-werkplaats\n  kwp init --name "Kenniswerkplaats Zuid" --theme duurzaamheid --area Centrum --yes\n  kwp init --ci gitlab',
  'help.opt.name-werkplaats': 'naam van de werkplaats',
  'help.opt.programmes': 'een programma (herhaal voor meer)',
  'help.opt.themes': 'een thema (herhaal voor meer)',
  'help.opt.areas': 'een gebied of wijk (herhaal voor meer)',
  'help.opt.ci': 'CI-workflow: github, gitlab of none',
  'help.opt.no-git': 'geen git-repository maken',
  'help.opt.yes': 'niets vragen: alleen de opties gebruiken',
  'help.opt.commit': 'het geschreven bestand meteen committen in git',
  'help.opt.dry-run': 'laten zien wat er geschreven zou worden, zonder iets te schrijven',
  'help.opt.json-created': 'uitvoer als JSON: {"id", "path"}',
  'help.new': 'maak een project, kennisvraag of partner aan (kwp new project|vraag|partner)',
  'help.new.project': 'maak een projectbeschrijving (fase 3a), met vragen of uit de opties',
  'help.new.project.example':
    '  kwp new project\n  kwp new project --title "Groene daken" --programme "CDKM Rivelde" --question "Hoe ...?" --contact "Ahmed Yilmaz <a.yilmaz@example.org>" --yes\n  kwp new project --follows 2025-groene-schoolpleinen-rivierenwijk --commit',
  'help.new.vraag': 'registreer een kennisvraag',
  'help.new.vraag.example':
    '  kwp new vraag\n  kwp new vraag --question "Wie onderhoudt de pleinen?" --source intake --owner "Gemeente Rivelde" --yes',
  'help.new.partner': 'registreer een partner',
  'help.new.partner.example':
    '  kwp new partner\n  kwp new partner --name "Bakkerij De Korrel" --group ondernemers --yes',
  'help.opt.title': 'titel van het project',
  'help.opt.programme-new': 'het programma (uit werkplaats.md)',
  'help.opt.question': 'de centrale kennisvraag',
  'help.opt.follows': 'id van een eerder project waarop dit voortbouwt (herhaal voor meer)',
  'help.opt.from-question': 'begin vanuit een geregistreerde kennisvraag',
  'help.opt.theme-new': 'een thema (herhaal voor meer)',
  'help.opt.area-new': 'het gebied of de wijk',
  'help.opt.content': 'inhoud op hoofdlijnen (verplicht tenzij de status voorbereiding is)',
  'help.opt.lead': 'projectleider, als "Naam <e-mail>"',
  'help.opt.contact': 'contactpersoon, als "Naam <e-mail>"',
  'help.opt.start': 'startdatum, JJJJ-MM-DD',
  'help.opt.end': 'einddatum, JJJJ-MM-DD',
  'help.opt.status-new': 'status: voorbereiding (standaard) of lopend',
  'help.opt.question-vraag': 'de vraag',
  'help.opt.source': 'bron: intake, tijdens-project of evaluatie',
  'help.opt.project': 'id van het project waarin de vraag ontstond',
  'help.opt.owner': 'vraageigenaar: een organisatie, of "Naam <e-mail>"',
  'help.opt.name-partner': 'naam van de organisatie',
  'help.opt.group': 'groep: ondernemers, onderwijs, bewoners, overheid of overig',
  'help.opt.level': 'niveau voor scholen: vmbo, mbo, hbo of wo',
  'help.opt.contact-partner': 'aanspreekpunt, als "Naam <e-mail>"',
  'help.opt.website': 'website, https://...',
  'help.link': 'leg vast dat een project voortbouwt op een eerder project (vervolg_op)',
  'help.link.example':
    '  kwp link 2026-onderhoud-schoolpleinen-door-buurt --follows 2025-groene-schoolpleinen-rivierenwijk --commit',
  'help.evaluate':
    'leg de evaluatie van een project vast (fase 4): conclusies, leerpunten, verbeterpunten en nieuwe kennisvragen',
  'help.evaluate.example':
    '  kwp evaluate 2026-onderhoud-schoolpleinen-door-buurt\n  kwp evaluate 2026-onderhoud-schoolpleinen-door-buurt --conclusion "Buurtbeheer werkt met vaste ploegen" --new-question "Hoe houden we vrijwilligers vast?" --yes --commit',
  'help.opt.conclusion': 'een belangrijkste conclusie (herhaal voor meer)',
  'help.opt.lesson': 'een leerpunt (herhaal voor meer)',
  'help.opt.improvement': 'een verbeterpunt (herhaal voor meer)',
  'help.opt.new-question':
    'een nieuwe kennisvraag, of de id van een geregistreerde vraag (herhaal voor meer)',
  'help.opt.eval-date': 'datum van de evaluatie, JJJJ-MM-DD (standaard vandaag)',
  'help.opt.eval-status': 'afgerond (standaard) of gestopt',
} as const;

export type MessageId = keyof typeof nl;
