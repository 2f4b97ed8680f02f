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
  'file.special':
    '{name} in {folder}/ is geen gewoon bestand (maar bijvoorbeeld een named pipe of apparaat); kwp leest het niet. Haal het weg.',
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
  'yaml.syntax':
    'De YAML klopt hier niet. Kijk of deze regel even ver inspringt als de regels erboven die erbij horen (met spaties), en zet tekst met leestekens als : # [ { , tussen aanhalingstekens.',
  'yaml.tabs': 'Inspringen met een tab mag niet in YAML; gebruik spaties.',
  'yaml.duplicate-key': 'Sleutel "{key}" staat hier twee keer. Voeg de waarden samen of verwijder er één.',
  'yaml.alias': 'Een verwijzing (*{name}) is niet toegestaan; schrijf de waarde voluit.',
  'yaml.anchor': 'Een anker (&{name}) is niet toegestaan; schrijf waarden voluit.',
  'yaml.tag':
    'Een YAML-tag ({tag}) is niet toegestaan; schrijf de waarde zonder tag (zet tekst tussen aanhalingstekens).',
  'yaml.too-deep': 'De YAML is dieper genest dan {max} niveaus; zo schrijft niemand een projectbeschrijving.',
  // issue 11, YAML: a list or mapping as a key
  'yaml.complex-key':
    'Een sleutel moet een naam zijn, geen lijst of groep sleutels ({key}). Schrijf één naam vóór de dubbele punt, zoals "thema:".',
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
  'schema.invalid-url':
    '"{value}" is geen webadres. Schrijf het volledige adres, beginnend met https://, bijvoorbeeld https://www.voorbeeld.nl.',
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
    'De dekking ({covered:euro}) is lager dan de kosten ({costs:euro}): er ontbreekt {shortfall:euro}.',
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
  'ask.goal.what': '{count:Wat wil|Wat willen} {who} leren?',
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
  'ask.cover': 'Dekking: welke partner draagt bij? (typ om te zoeken; Enter om over te slaan)',
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
  'ask.partner.website': 'Website (bijvoorbeeld www.bakkerij.nl; Enter om over te slaan):',
  'new.website':
    '--website "{value}" is geen webadres. Typ bijvoorbeeld www.bakkerij.nl of https://www.bakkerij.nl.',
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
  'report.until-before-since': '--until {until} ligt voor --since {since}.',
  'report.title': 'Werkplaatsoverzicht: {name}',
  'report.period': 'Periode: {from} t/m {to} (projecten waarvan de planning deze periode raakt).',
  'report.period.all': 'Alle projecten, zonder periode.',
  'report.programme': 'Programma: {programme}',
  'report.key-figures': 'Kerncijfers',
  'report.figure': 'Cijfer',
  'report.value': 'Waarde',
  'report.count': 'Aantal',
  'report.of-target': '{n} van {target} (doel)',
  'report.projects': 'Projecten',
  'report.students': 'Studenten',
  'report.areas': 'Actieve gebieden',
  'report.multilevel': 'Multilevel-projecten (twee of meer onderwijsniveaus)',
  'report.costs': 'Kosten',
  'report.coverage': 'Dekking (geld)',
  'report.shortfall': 'Tekort',
  'report.lights': 'Statuslicht per project',
  'report.project': 'Project',
  'report.light': 'Licht',
  'report.reasons': 'Waarom',
  'report.light.op-schema': '● op schema',
  'report.light.aandacht': '▲ aandacht nodig',
  'report.light.klaar': '✓ klaar',
  'report.reason.einde-voorbij': 'geplande einddatum voorbij, nog geen evaluatie',
  'report.reason.tekort': 'begroting niet gedekt',
  'report.projects-by': 'Projecten per status, programma, thema en gebied',
  'report.theme': 'Thema',
  'report.institution': 'Onderwijsinstelling',
  'report.partners': 'Partners',
  'report.names': 'Namen',
  'report.budget': 'Begroting per partner',
  'report.partner': 'Partner',
  'report.money': 'Bedrag',
  'report.hours': 'Uren',
  'report.questions': 'Kennisvragen',
  'report.funnel': 'Open {open} → opgepakt {taken} → beantwoord {answered}; vervallen {dropped}.',
  'report.evaluations': 'Wat de evaluaties opleverden, per thema',
  'report.no-theme': '(zonder thema)',
  'report.new-questions': 'Nieuwe kennisvragen',
  'report.from-project': 'Uit project',
  'report.not-yet': '(nog niet)',
  'report.chains': 'Ketens van projecten',
  'report.chain': 'Keten',
  'report.project-list': 'Alle projecten in dit overzicht',
  'report.end': 'einde',
  'report.none': '(geen)',
  'report.p.question': 'De centrale kennisvraag',
  'report.p.learning': 'Wat de stakeholders wilden leren, en wat er geleerd is',
  'report.p.who': 'Wie',
  'report.p.wanted': 'Wilde leren',
  'report.p.plan': 'Planning en werkelijkheid',
  'report.p.planned-end': 'Geplande einddatum',
  'report.p.evaluated': 'Geëvalueerd op',
  'report.p.students': 'Studenten in totaal: {n}.',
  'report.created': 'aangemaakt',
  'report.changed': 'laatst gewijzigd',
  'report.history.none':
    'Geen git-geschiedenis: deze kennisbank staat niet in een git-repository (met commits). Het overzicht laat de datums van aanmaken en wijzigen daarom weg.',
  'report.history.shallow':
    'Geen volledige git-geschiedenis: dit is een ondiepe kloon. Het overzicht laat de datums van aanmaken en wijzigen daarom weg (haal de volledige geschiedenis op met git fetch --unshallow).',
  'report.history.period': 'Wat er in deze periode veranderde',
  'report.history.new-projects': 'Nieuwe projecten',
  'report.history.new-evaluations': 'Nieuwe evaluaties',
  'report.history.new-questions': 'Nieuwe kennisvragen',
  'report.history.dates': 'Aangemaakt en laatst gewijzigd (uit git)',
  'report.progress.reading': 'kwp: kennisbank lezen…',
  'report.progress.counting': 'kwp: {files:# bestand|# bestanden} gelezen; rapport maken…',
  'changed.not-a-repository':
    '{dir} staat niet in een git-repository, dus --changed kan niet zien wat er veranderd is. Draai kwp validate zonder --changed, of maak er een repository van (git init).',
  'changed.base-not-found':
    'De basis om mee te vergelijken ({ref}) is niet te vinden, dus --changed kan niet zien wat er veranderd is. Noem hem met --base <ref> (een branch of commit), of haal hem op (git fetch origin). Haal in CI de hele geschiedenis op: fetch-depth: 0 in de checkout-stap van GitHub, of GIT_DEPTH: 0 in GitLab.',
  'changed.no-merge-base':
    'HEAD heeft geen gemeenschappelijke geschiedenis met {ref}, dus --changed kan niet zien wat er veranderd is. Noem de basis met --base <ref>, of haal de hele geschiedenis op (fetch-depth: 0 in de checkout-stap van GitHub, GIT_DEPTH: 0 in GitLab).',
  'changed.shallow':
    'Dit is een ondiepe kloon (shallow clone) zonder de basis om mee te vergelijken ({ref}), dus --changed kan niet zien wat er veranderd is. Haal de hele geschiedenis op: fetch-depth: 0 in de checkout-stap van GitHub (actions/checkout), of GIT_DEPTH: 0 in GitLab CI (variables:); lokaal: git fetch --unshallow.',
  'help.opt.changed':
    'alleen de bestanden controleren die veranderd zijn ten opzichte van de basis, en de bestanden die dat raakt',
  'help.opt.base': 'de basis voor --changed (standaard: de merge-base met de standaardbranch)',
  'git.missing':
    'Git is niet gevonden op deze computer. Installeer git (https://git-scm.com) of laat --commit weg.',
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
  'init.summary.targets':
    '{students:# student|# studenten}, {areas:# gebied|# gebieden}, {projects:# project|# projecten}',
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
    'Git weigerde: {detail}. De bestanden zijn wel geschreven in {dir}; draai daar kwp init nog eens als git weer meewerkt: dat maakt de eerste commit.',
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
  // kwp report as HTML and CSV (src/render/report/html*.ts, csv.ts)
  'report.html.title.werkplaats': 'Rapportage {naam}',
  'report.html.title.unnamed': 'Rapportage van de kenniswerkplaats',
  'report.html.title.project': 'Evaluatiesamenvatting: {titel}',
  'report.html.kicker.werkplaats': 'Rapportage voor managers en de stuurgroep',
  'report.html.kicker.project': 'Evaluatiesamenvatting van één project',
  'report.html.period': 'Periode: {van} t/m {tot}',
  'report.html.period-from': 'Periode: vanaf {van}',
  'report.html.period-until': 'Periode: tot en met {tot}',
  'report.html.period-all': 'Alle projecten (geen periode gekozen)',
  'report.html.period-rule': 'Een project telt mee als zijn planning de periode overlapt.',
  'report.html.programme': 'Programma: {programma}',
  'report.html.toc': 'Inhoud',
  'report.html.footer':
    'Gemaakt met kwp uit de kennisbank. Kennisvragen: het hele register zoals het nu is; al het andere: de projecten van deze rapportage.',
  'report.html.footer-project': 'Gemaakt met kwp uit de kennisbank.',
  'report.html.unknown': 'onbekend',
  'report.html.h.kerncijfers': 'Kerncijfers',
  'report.html.h.statuslicht': 'Statuslicht voor de stuurgroep',
  'report.html.h.projecten': 'Projecten',
  'report.html.h.per-status': 'Projecten per status',
  'report.html.h.per-programma': 'Projecten per programma',
  'report.html.h.per-thema': 'Projecten per thema',
  'report.html.h.per-gebied': 'Projecten per gebied',
  'report.html.h.studenten': 'Studenten',
  'report.html.h.per-niveau': 'Studenten per niveau',
  'report.html.h.per-instelling': 'Studenten per onderwijsinstelling',
  'report.html.h.partners': 'Partners per groep',
  'report.html.h.begroting': 'Begroting',
  'report.html.h.per-partner': 'Dekking per partner',
  'report.html.h.kennisvragen': 'Kennisvragen: van open tot beantwoord',
  'report.html.h.evaluaties': 'Evaluaties per thema',
  'report.html.h.nieuwe-vragen': 'Nieuwe kennisvragen uit de evaluaties',
  'report.html.h.ketens': 'Ketens van projecten',
  'report.html.h.projectlijst': 'Lijst van projecten',
  'report.html.h.vraag': 'Kennisvraag en conclusies',
  'report.html.h.leren': 'Wat men wilde leren en wat er geleerd is',
  'report.html.h.leerdoelen': 'Leerdoelen: wat men wilde leren',
  'report.html.h.leerpunten': 'Leerpunten: wat er geleerd is',
  'report.html.h.verbeterpunten': 'Verbeterpunten',
  'report.html.h.planning': 'Planning en evaluatie',
  'report.html.h.mensen': 'Studenten en partners',
  'report.html.h.project-begroting': 'Begroting en dekking',
  'report.html.h.project-vragen': 'Nieuwe kennisvragen',
  'report.html.h.keten': 'Keten',
  'report.html.col.kengetal': 'Kengetal',
  'report.html.col.waarde': 'Waarde',
  'report.html.col.doel': 'Doel',
  'report.html.col.toelichting': 'Toelichting',
  'report.html.col.status': 'Status',
  'report.html.col.programma': 'Programma',
  'report.html.col.thema': 'Thema',
  'report.html.col.themas': "Thema's",
  'report.html.col.gebied': 'Gebied',
  'report.html.col.projecten': 'Projecten',
  'report.html.col.niveau': 'Niveau',
  'report.html.col.niveaus': 'Niveaus',
  'report.html.col.instelling': 'Onderwijsinstelling',
  'report.html.col.studenten': 'Studenten',
  'report.html.col.groep': 'Groep',
  'report.html.col.aantal': 'Aantal',
  'report.html.col.organisaties': 'Organisaties',
  'report.html.col.partner': 'Partner',
  'report.html.col.partners': 'Partners',
  'report.html.col.bedrag': 'Bedrag',
  'report.html.col.uren': 'Uren',
  'report.html.col.project': 'Project',
  'report.html.col.licht': 'Licht',
  'report.html.col.redenen': 'Waarom',
  'report.html.col.vraag': 'Vraag',
  'report.html.col.gesteld-in': 'Gesteld in',
  'report.html.col.opgepakt-door': 'Opgepakt door',
  'report.html.col.start': 'Start',
  'report.html.col.einde': 'Einde',
  'report.html.col.kosten': 'Kosten',
  'report.html.col.dekking': 'Dekking',
  'report.html.col.tekort': 'Tekort',
  'report.html.col.evaluatie': 'Evaluatie',
  'report.html.col.wie': 'Wie',
  'report.html.col.wat': 'Wilde leren',
  'report.html.col.datum': 'Datum',
  'report.html.kf.projecten': 'Projecten',
  'report.html.kf.studenten': 'Studenten',
  'report.html.kf.gebieden': 'Actieve gebieden',
  'report.html.kf.multilevel': 'Multilevel projecten',
  'report.html.kf.kosten': 'Kosten',
  'report.html.kf.dekking': 'Dekking',
  'report.html.kf.tekort': 'Tekort',
  'report.html.note.of-target': '{pct} van het doel',
  'report.html.note.no-target': 'geen doel in werkplaats.md',
  'report.html.note.multilevel':
    '{n} van de {total:# project|# projecten} {n:heeft|hebben} studenten van twee of meer niveaus',
  'report.html.note.coverage': '{pct} van de kosten is gedekt',
  'report.html.note.shortfall': 'de tekorten per project opgeteld; een overschot elders telt niet mee',
  'report.html.chart.targets': 'Voortgang tegen de doelen',
  'report.html.chart.targets-legend': 'Balk: bereikt. Verticale streep: het doel uit werkplaats.md.',
  'report.html.chart.target-row': '{label}: {value} van {target} ({pct})',
  'report.html.chart.no-target-row': '{label}: {value} (geen doel)',
  'report.html.chart.bars-desc': 'Staafdiagram; dezelfde aantallen staan in de tabel eronder.',
  'report.html.total': 'Totaal',
  'report.html.status.voorbereiding': 'voorbereiding',
  'report.html.status.lopend': 'lopend',
  'report.html.status.afgerond': 'afgerond',
  'report.html.status.gestopt': 'gestopt',
  'report.html.vraagstatus.open': 'open',
  'report.html.vraagstatus.opgepakt': 'opgepakt',
  'report.html.vraagstatus.beantwoord': 'beantwoord',
  'report.html.vraagstatus.vervallen': 'vervallen',
  'report.html.groep.ondernemers': 'ondernemers',
  'report.html.groep.onderwijs': 'onderwijs',
  'report.html.groep.bewoners': 'bewoners',
  'report.html.groep.overheid': 'overheid',
  'report.html.groep.overig': 'overig',
  'report.html.licht.op-schema': 'op schema',
  'report.html.licht.aandacht': 'aandacht nodig',
  'report.html.licht.klaar': 'klaar',
  'report.html.reden.einde-voorbij': 'de geplande einddatum is voorbij en er is nog geen evaluatie',
  'report.html.reden.tekort': 'de begroting is niet helemaal gedekt',
  'report.html.licht.intro':
    'Alle projecten behalve die in voorbereiding. Aandacht nodig: voorbij de geplande einddatum zonder evaluatie, of een begroting die niet gedekt is (ook als het project afgerond of gestopt is). Klaar: afgerond of gestopt, met een gedekte begroting.',
  'report.html.funnel.intro':
    'Het hele register van kennisvragen zoals het nu is, niet alleen de vragen uit deze periode. Een vraag gaat van open naar opgepakt (een project werkt eraan) naar beantwoord; een vervallen vraag wordt niet meer gesteld.',
  'report.html.funnel.flow': 'Van open tot beantwoord',
  'report.html.eval.intro': "Een project met meer thema's staat onder elk van zijn thema's.",
  'report.html.eval.meta': 'Geëvalueerd op {datum}; status: {status}',
  'report.html.eval.no-date': 'Evaluatiedatum onbekend; status: {status}',
  'report.html.eval.conclusies': 'Conclusies',
  'report.html.eval.leerpunten': 'Leerpunten',
  'report.html.eval.verbeterpunten': 'Verbeterpunten',
  'report.html.eval.no-theme': 'Zonder thema',
  'report.html.ketens.intro':
    'Projecten die op elkaar voortbouwen (vervolg_op), van het eerste naar het laatste. Een pijl wijst naar het project dat erop voortbouwt. Vertakt een keten, dan staat bij elk project waarop het voortbouwt.',
  'report.html.keten.label': 'Keten {n}',
  'report.html.keten.this': '(dit project)',
  'report.html.not-taken-up': 'nog door geen project opgepakt',
  'report.html.empty.projecten': 'Geen projecten in deze rapportage.',
  'report.html.empty.statuslicht': 'Geen lopende of afgesloten projecten in deze rapportage.',
  'report.html.empty.table': 'Niets te tellen.',
  'report.html.empty.evaluaties': 'Geen geëvalueerde projecten in deze rapportage.',
  'report.html.empty.nieuwe-vragen': 'De evaluaties in deze rapportage leverden geen nieuwe kennisvragen op.',
  'report.html.empty.ketens': 'Geen ketens: geen project in deze rapportage bouwt voort op een ander.',
  'report.html.empty.list': 'Niets vastgelegd.',
  'report.html.empty.conclusies': 'Nog geen conclusies: het project is nog niet geëvalueerd.',
  'report.html.empty.leerdoelen': 'Geen leerdoelen vastgelegd.',
  'report.html.empty.leerpunten': 'Nog geen leerpunten vastgelegd.',
  'report.html.empty.partners': 'Geen partners vastgelegd.',
  'report.html.empty.dekking': 'Geen dekking vastgelegd.',
  'report.html.empty.keten':
    'Dit project hoort niet bij een keten: het bouwt niet voort op een ander project en geen project bouwt erop voort.',
  'report.html.empty.kennisvraag': 'Geen kennisvraag vastgelegd.',
  'report.html.project.id': 'Id',
  'report.html.project.kennisvraag': 'Kennisvraag',
  'report.html.plan.start': 'Start',
  'report.html.plan.einde': 'Gepland einde',
  'report.html.plan.evaluatie': 'Evaluatie',
  'report.html.plan.late': '{n:# dag|# dagen} na het geplande einde',
  'report.html.plan.early': '{n:# dag|# dagen} vóór het geplande einde',
  'report.html.plan.on-time': 'op de geplande einddatum',
  'report.html.plan.not-evaluated': 'nog niet geëvalueerd',
  'report.html.studenten-total': 'Studenten in totaal: {n}',
  'report.csv.id': 'id',
  'report.csv.titel': 'titel',
  'report.csv.status': 'status',
  'report.csv.programma': 'programma',
  'report.csv.themas': "thema's",
  'report.csv.gebied': 'gebied',
  'report.csv.start': 'start',
  'report.csv.einde': 'einde',
  'report.csv.studenten': 'studenten',
  'report.csv.niveaus': 'niveaus',
  'report.csv.partners': 'partners',
  'report.csv.kosten': 'kosten (EUR)',
  'report.csv.dekking': 'dekking (EUR)',
  'report.csv.tekort': 'tekort (EUR)',
  'report.csv.evaluatie': 'evaluatiedatum',
  'validate.summary.title': 'Controle van de kennisbank (kwp validate)',
  'validate.summary.place': 'Plek',
  'validate.summary.severity': 'Ernst',
  'validate.summary.rule': 'Regel',
  'validate.summary.message': 'Melding',
  'validate.summary.more': '… en nog {count:# melding|# meldingen}: zie de log van deze stap.',
  'validate.summary-failed': 'De samenvatting kon niet worden geschreven naar {path}: {detail}',
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
  'cli.validate-ok': '{files:# bestand|# bestanden} gecontroleerd: geen problemen.',
  'cli.validate-summary':
    '{files:# bestand|# bestanden} gecontroleerd: {errors:# fout|# fouten}, {warnings:# waarschuwing|# waarschuwingen}.',
  'cli.list-empty': 'Niets gevonden.',
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
    '\nBegin met: kwp new project (een project beschrijven), kwp validate (alles controleren), kwp list (wat is er),\nkwp show <id> (één project en zijn keten), kwp report (het overzicht voor de stuurgroep).\nMeer: kwp <opdracht> --help.',
  'help.examples': 'Voorbeelden:',
  'help.opt.version': 'toon het versienummer',
  'help.opt.help': 'toon hulp bij deze opdracht',
  'help.opt.kb':
    'de map van de kennisbank (anders: KWP_KB, of de map met knowledge/werkplaats.md boven de huidige)',
  'help.opt.lang': 'taal van meldingen: nl of en (anders: KWP_LANG, of taal in werkplaats.md)',
  'help.opt.format': 'uitvoer: pretty, json, github, gitlab of sarif',
  'help.opt.strict': 'ook waarschuwingen laten falen (onbekende sleutels worden fouten)',
  'help.opt.status': 'alleen deze status',
  'help.opt.theme': 'alleen dit thema',
  'help.opt.area': 'alleen dit gebied',
  'help.opt.programme': 'alleen dit programma',
  'help.opt.partner':
    'alleen projecten met een partner, of aanbod van een instelling, waarvan de naam dit bevat (hoofdletters en accenten tellen niet)',
  'help.opt.json': 'uitvoer als JSON',
  'help.validate':
    'controleer de kennisbank (of alleen de genoemde bestanden en mappen) en meld elk probleem',
  'help.validate.example':
    '  kwp validate\n  kwp validate knowledge/projecten/2026-groene-daken.md\n  kwp validate --format json\n  kwp validate --strict --format github\n  kwp validate --changed --format github --output sarif=kwp.sarif --output-scope all',
  'help.list':
    'toon projecten, vragen, partners of onderwijsaanbod (soort: projecten, vragen, partners, aanbod)',
  'help.list.example':
    '  kwp list\n  kwp list --status lopend --theme duurzaamheid\n  kwp list vragen --status open\n  kwp list partners --json\n  kwp list aanbod --status open --partner hogeschool',
  'help.show':
    'toon één project, vraag, partner of aanbod, met wie erop voortbouwt en de keten (bij aanbod: de bezetting per periode)',
  'help.show.example':
    '  kwp show 2025-groene-schoolpleinen-rivierenwijk\n  kwp show 2025-groene-schoolpleinen-rivierenwijk --json',
  'help.schema':
    'JSON Schema van de frontmatter voor editors (soort: project, vraag, partner, aanbod, werkplaats)',
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
  'help.new':
    'maak een project, kennisvraag, partner of onderwijsaanbod aan (kwp new project|vraag|partner|aanbod)',
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
  'help.opt.status-new': 'status: voorbereiding of lopend',
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
  'help.report':
    'het werkplaatsoverzicht voor managers en stuurgroep, of met een id de evaluatiesamenvatting van één project',
  'help.report.example':
    '  kwp report\n  kwp report --since 2025-01-01 --until 2025-12-31 --format html --out stuurgroep-2025.html\n  kwp report 2025-groene-schoolpleinen-rivierenwijk\n  kwp report --format csv --out projecten.csv\n  kwp report --public --format html --out openbaar.html',
  'help.opt.since': 'vanaf deze datum (JJJJ-MM-DD): projecten waarvan de planning de periode raakt',
  'help.opt.until': 'tot en met deze datum (JJJJ-MM-DD)',
  'help.opt.report-format':
    'uitvoer: md, html, json of csv (standaard md, of wat de extensie van --out zegt)',
  'help.opt.out': 'schrijf naar dit bestand in plaats van naar het scherm',
  'help.opt.public': 'voor buiten de werkplaats: geen namen, e-mailadressen of telefoonnummers van personen',
  // rule documentation: SARIF help and the README's rule reference (issue 11, standards)
  'rules.doc.fix': 'Oplossing:',
  'rules.doc.bad': 'Fout',
  'rules.doc.good': 'Goed',
  'rules.doc.example-in': '{label}, in {file}:',
  'rules.doc.more': 'Meer:',
  'rules.doc.more-about': 'Meer over {rule}',
  'rules.doc.error': 'Fout',
  'rules.doc.warning': 'Waarschuwing',
  'rules.doc.scope.reading': 'Een bestand lezen',
  'rules.doc.scope.file': 'Eén bestand',
  'rules.doc.scope.files': 'Over bestanden heen',
  'validate.sarif.srcroot':
    'De bovenste map van de git-repository met de kennisbank (of de map van de kennisbank zelf als die niet in een repository staat).',
  // CI: one validation, several reports (--output), and the package kwp init pins (issue 11)
  'validate.output-invalid':
    '--output verwacht <formaat>=<bestand>, bijvoorbeeld --output sarif=kwp.sarif; "{value}" is dat niet. Formaten: {allowed}.',
  'help.opt.output':
    'schrijf dezelfde controle ook naar een bestand, als <formaat>=<bestand> (herhaal voor meer), bijvoorbeeld sarif=kwp.sarif',
  'validate.summary-full':
    'er staan al {bytes} bytes in de samenvatting van deze stap; met die van kwp erbij kwam hij boven de 1 MiB die GitHub toelaat',
  'init.package-json-exists':
    '{path} bestaat al en noemt kwp niet; kwp init verandert het niet. Er is niets geschreven. Voeg kwp eraan toe met {command} en draai kwp init opnieuw, of gebruik --ci none.',
  'init.next-install': 'installeert de kwp-versie uit package.json en maakt package-lock.json',
  'init.lockfile':
    'package.json legt {kwp} vast voor de automatische controle. Commit ook package-lock.json na npm install: dan installeert de controle precies die versie.',
  'help.opt.output-scope':
    'waarover de --output-bestanden gaan: checked (wat deze controle controleert) of all (de hele kennisbank, ook met --changed)',

  // Chains drawn only along real vervolg_op links (issue 11): a group that is no straight line is
  // told per project.
  'chain.builds-on': '{project} bouwt voort op {earlier}',
  // Files that could not be read (issue 11, item 3): named on stderr and in every report.
  'open.unread':
    '{count:# bestand|# bestanden} niet te lezen; wat erin staat telt niet mee (kwp validate vertelt meer):',
  'open.needed-unread':
    'Kan {file}:{line}:{column} niet lezen, en dit commando kan niet goed werken zonder dat bestand. Herstel het eerst; kwp validate toont alle problemen erin.',
  'open.nothing-changed': 'Er is niets veranderd.',
  'report.unread.title': 'Niet gelezen bestanden',
  'report.unread.intro':
    'kwp kon {count:# bestand|# bestanden} niet lezen. Wat erin staat ontbreekt in dit verslag, dus cijfers en lijsten kunnen onvolledig zijn. kwp validate vertelt wat er mis is; herstel de bestanden en maak het verslag opnieuw.',
  'report.unread.item': '{file}, regel {line}, kolom {column}: {reason}',
  'report.csv.niet-gelezen': 'Niet gelezen',

  // issue 12 — listing and finding, validate warnings, the werkplaats README, plurals
  'validate.path-not-in-knowledge':
    '{path} hoort niet bij de kennisbank: kwp controleert alleen de bestanden in {folder}. Noem een bestand of map daarin, of laat het pad weg om alles te controleren.',
  'rule.email-in-name':
    'De naam "{name}" bevat een e-mailadres. Zet het adres apart: naam: {rest}, email: {email}.',
  'rule.email-in-name-only':
    'Als naam staat er een e-mailadres ({email}). Zet de naam van de persoon bij naam en het adres bij email.',
  'cross.unknown-funder':
    'Financier "{name}" in begroting.dekking is geen partner van dit project en staat niet in het partnerregister. Voeg "{name}" toe aan de partners van het project, of registreer met: kwp new partner --name "{name}"',
  'cross.unknown-funder-typo':
    'Financier "{name}" in begroting.dekking is geen partner van dit project en staat niet in het partnerregister. Bedoel je "{closest}"? Zo niet, voeg "{name}" toe aan de partners van het project of registreer met: kwp new partner --name "{name}"',
  // issue 12 — Dutch all the way: commander's help and errors, languages, git identity, schema kinds
  'help.title.usage': 'Gebruik:',
  'help.title.options': 'Opties:',
  'help.title.commands': 'Opdrachten:',
  'help.title.arguments': 'Argumenten:',
  'help.title.global-options': 'Algemene opties:',
  'help.default': 'standaard: {value}',
  'help.choices': 'keuze uit: {values}',
  'help.help-command': 'toon hulp bij een opdracht',
  'help.value.options': 'opties',
  'help.value.command': 'opdracht',
  'help.value.dir': 'map',
  'help.value.lang': 'taal',
  'help.value.format': 'formaat',
  'help.value.file': 'bestand',
  'help.value.ref': 'versie',
  'help.value.scope': 'bereik',
  'help.value.status': 'status',
  'help.value.theme': 'thema',
  'help.value.area': 'gebied',
  'help.value.programme': 'programma',
  'help.value.name': 'naam',
  'help.value.kind': 'soort',
  'help.value.paths': 'paden',
  'help.value.id': 'id',
  'help.value.date': 'datum',
  'help.value.text': 'tekst',
  'help.value.earlier-id': 'eerder-id',
  'help.value.ci': 'ci',
  'help.value.title': 'titel',
  'help.value.question': 'vraag',
  'help.value.person': 'persoon',
  'help.value.source': 'bron',
  'help.value.project': 'project',
  'help.value.owner': 'eigenaar',
  'help.value.group': 'groep',
  'help.value.level': 'niveau',
  'help.value.url': 'url',
  'cli.see-help': 'Zie {command} --help.',
  'cli.unknown-flag': '{command} kent de optie {option} niet.',
  'cli.missing-argument': '{command} mist {argument}.',
  'cli.flag-needs-value': 'Na {option} hoort een waarde: {flags}.',
  'cli.too-many-arguments':
    '{command} verwacht {expected:hoogstens # argument|hoogstens # argumenten}, maar kreeg er {count}; te veel: {extra}.',
  'cli.unknown-command': '{command} kent de opdracht "{name}" niet. Kies uit: {allowed}.',
  'cli.unknown-lang': 'Onbekende taal "{value}" voor --lang. kwp spreekt nl (Nederlands) en en (Engels).',
  'cli.unknown-env-lang': 'KWP_LANG="{value}" is geen taal die kwp kent (nl of en); kwp spreekt Nederlands.',
  'cli.unknown-kind': 'Onbekende soort "{value}". Kies uit: {allowed}.',
  'cli.no-such-project': 'Er is geen project "{id}".',
  'cli.not-a-project': '"{id}" is een {found}, geen project.',
  'schema.kinds':
    'kwp schema <soort> geeft het JSON Schema van de frontmatter van één soort bestand, voor editors. De soorten:',
  'schema.kind.project': 'projectbeschrijvingen in knowledge/projecten/',
  'schema.kind.vraag': 'kennisvragen in knowledge/kennisvragen/',
  'schema.kind.partner': 'partners in knowledge/partners/',
  'schema.kind.werkplaats': 'de werkplaats zelf: knowledge/werkplaats.md',
  'schema.kinds.example': 'Bijvoorbeeld: kwp schema project > project.schema.json',
  'git.no-identity':
    'Git weet nog niet wie je bent, en zet dat bij elke commit. Er is niets geschreven. Stel je naam en e-mailadres één keer in, en probeer het opnieuw:\n  git config --global user.name "Je Naam"\n  git config --global user.email je@voorbeeld.nl',
  'git.silent': 'git stopte zonder te zeggen waarom (een hook in .git/hooks?)',
  'init.resumed': 'De kennisbank in {path} was nog niet gecommit; nu wel ({count:# bestand|# bestanden}).',
  // issue 12 — YAML problems in plain Dutch with the fix, and dates written another way
  'yaml.colon-in-text':
    'Een dubbele punt met een spatie erna (": ") midden in tekst leest YAML als een nieuwe sleutel. Zet de tekst tussen aanhalingstekens: {fixed}',
  'yaml.colon-next-line':
    'De tekst die hier begint, loopt door op de volgende regel, en daar leest YAML een sleutel (een dubbele punt met een spatie erna). Is het één tekst, zet hem dan op één regel tussen aanhalingstekens; is het een nieuwe sleutel, laat die dan even ver inspringen als de sleutel op deze regel.',
  'yaml.key-indent':
    'Deze sleutel springt anders in dan de sleutels erboven in hetzelfde blok. Laat sleutels die bij elkaar horen precies even ver inspringen, met spaties.',
  'yaml.list-indent':
    'Dit lijstpunt (-) springt anders in dan de punten erboven. Laat alle punten van één lijst even ver inspringen, met spaties, en verder dan de sleutel van de lijst.',
  'yaml.list-dash':
    'Deze regel staat tussen de punten van een lijst, maar begint niet met "- ". Zet "- " ervoor, of laat hem even ver inspringen als de sleutels erboven.',
  'yaml.missing-colon':
    'Op deze regel staat tekst zonder sleutel ervoor. Hoort hij bij de regel erboven, laat hem dan verder inspringen; is het een nieuwe sleutel, zet er dan een dubbele punt en een spatie achter (sleutel: waarde).',
  'yaml.comment-space':
    'Een # begint hier een opmerking, maar er moet een spatie voor staan. Zet een spatie voor de #, of zet de tekst met # erin tussen aanhalingstekens.',
  'yaml.flow-colon-space': 'Binnen {…} moet na de dubbele punt een spatie staan: naam: waarde.',
  'yaml.flow-missing-comma':
    'Binnen [ ] of { } moeten de onderdelen met een komma gescheiden zijn; hier ontbreekt een komma (of binnen { } een dubbele punt met spatie). Hoort het bij de tekst, zet de tekst dan tussen aanhalingstekens.',
  'yaml.flow-comma':
    'Hier staat een komma te veel (of een lege plek) tussen [ ] of { }. Haal de extra komma weg; hoort de komma bij de tekst, zet de tekst dan tussen aanhalingstekens.',
  'yaml.flow-block':
    "Binnen [ ] of { } kunnen geen lijstpunten met - of sleutels op eigen regels staan. Schrijf alles binnen de haakjes met komma's ertussen, of laat de haakjes weg en zet elk punt op een eigen regel.",
  'yaml.unclosed-list':
    'De lijst die hier met [ begint, wordt niet met ] gesloten. Zet een ] aan het eind: {fixed}',
  'yaml.unclosed-list-plain':
    'De lijst die hier met [ begint, wordt niet met ] gesloten. Zet een ] aan het eind, en laat een volgende regel van de lijst verder inspringen dan de sleutel.',
  'yaml.unclosed-map':
    'Het blok dat hier met { begint, wordt niet met } gesloten. Zet een } aan het eind: {fixed}',
  'yaml.unclosed-map-plain':
    'Het blok dat hier met { begint, wordt niet met } gesloten. Zet een } aan het eind, en laat een volgende regel van het blok verder inspringen dan de sleutel.',
  'yaml.unclosed-quote':
    'Het aanhalingsteken ({quote}) dat hier opent, wordt niet gesloten. Zet er aan het eind van de tekst nog een: {fixed}',
  'yaml.unclosed-quote-plain':
    'Het aanhalingsteken ({quote}) dat hier opent, wordt niet gesloten. Zet er aan het eind van de tekst nog een.',
  'yaml.quote-inside':
    'Het aanhalingsteken {quote} midden in de tekst sluit de tekst al af. Zet de tekst tussen de andere soort aanhalingstekens: {fixed}',
  'yaml.reserved-start':
    'Een waarde mag niet met {char} beginnen, tenzij ze tussen aanhalingstekens staat. Zet de tekst tussen aanhalingstekens: {fixed}',
  'yaml.reserved-start-plain':
    'Een waarde mag niet met {char} beginnen, tenzij ze tussen aanhalingstekens staat. Zet de tekst tussen aanhalingstekens.',
  'yaml.bad-escape':
    'Tussen dubbele aanhalingstekens heeft een \\ een bijzondere betekenis, en {sequence} kent YAML niet. Gebruik enkele aanhalingstekens, of schrijf \\\\ voor één \\.',
  'yaml.block-text':
    'De tekst na | of > klopt niet: schrijf | of > alleen aan het eind van de regel, laat de regels eronder allemaal even ver inspringen (verder dan de sleutel) en laat lege regels echt leeg.',
  'yaml.document':
    'De frontmatter is één blok gegevens: geen regel met ---, ... of % erin, en niets achter de eerste --- op dezelfde regel.',
  'yaml.properties':
    '&, * en ! aan het begin van een waarde hebben in YAML een bijzondere betekenis (en mogen in kwp niet). Zet de tekst tussen aanhalingstekens.',
  'yaml.key-too-long':
    'Deze sleutel is langer dan 1024 tekens. Staat de dubbele punt op de goede plek? Zet lange tekst als waarde achter een korte sleutel.',
  'yaml.after-value':
    'Na de waarde op deze regel staat nog "{text}": een waarde tussen aanhalingstekens eindigt bij het sluitende aanhalingsteken. Zet de hele tekst tussen (andere) aanhalingstekens: {fixed}',
  'yaml.after-value-plain':
    'Na de waarde op deze regel staat nog "{text}". Een waarde tussen aanhalingstekens of haakjes eindigt bij het sluitende teken: zet de hele tekst tussen (andere) aanhalingstekens, of zet wat erachter staat op een eigen regel.',
  'yaml.stray-close':
    'Deze {char} sluit niets af: er staat een haakje te veel. Haal het weg, of zet de tekst tussen aanhalingstekens als het erbij hoort.',
  'yaml.dash-after-key':
    'Een lijst met - begint op een nieuwe regel onder de sleutel, niet op dezelfde regel. Zet elk punt op een eigen regel (verder ingesprongen), of schrijf de lijst als [a, b]; is het tekst, zet die dan tussen aanhalingstekens.',
  'schema.colon-in-text':
    '"{key}" moet tekst zijn, maar de dubbele punt met een spatie erna in "{text}" maakt er een sleutel met een waarde van. Zet de tekst tussen aanhalingstekens: {fixed}',
  'schema.comma-in-braces':
    'Onbekende sleutel "{key}": binnen {…} begint na elke komma een nieuwe sleutel, dus is "{key}" van de tekst ervoor afgesplitst. Zet de tekst tussen aanhalingstekens: {fixed}',
  'schema.date-format':
    '"{key}": "{value}" is geen datum in de vorm die kwp leest; schrijf JJJJ-MM-DD: bedoel je {iso}?',
  'new.date-format': '{option} "{value}": schrijf JJJJ-MM-DD: bedoel je {iso}?',
  'ask.date.format': 'Schrijf JJJJ-MM-DD: bedoel je {iso}?',
  'edit.refused-yaml':
    'kwp past {path} niet aan: de YAML is daar niet veilig te bewerken (zie hieronder). Herstel het bestand eerst; kwp validate laat zien wat er mis is. Er is niets veranderd.',
  'validate.fixed-line': 'zo',
  // issue 12 — prompts that forgive
  'prompt.checkbox.keys': '↑↓ = kiezen, spatie = aan/uit, enter = klaar',
  'prompt.no-results': 'Niets gevonden; typ iets anders.',
  'eval.given': 'Al ingevuld met de opties:',
  'ask.website.invalid': 'Dat is geen webadres. Typ bijvoorbeeld www.bakkerij.nl of https://www.bakkerij.nl.',
  'ask.website.as': 'Opgeslagen als {url}.',
  'ask.cover.other': '(een andere naam typen)',
  'ask.cover.name': 'Naam van de partner die bijdraagt:',
  'ask.cover.project-partner': 'partner van dit project',
  'ask.cover.registered': 'in het partnerregister',
  'ask.same.project': 'Er is al een project met deze titel: "{title}" ({path}).',
  'ask.same.vraag': 'Deze vraag staat al in het register: "{text}" ({path}).',
  'ask.same.choose': 'Wat wil je doen?',
  'ask.same.use': 'Het bestaande gebruiken (niets nieuws schrijven)',
  'ask.same.new': 'Toch een nieuwe maken',
  'ask.same.retype': 'Iets anders typen',
  'ask.same.used': 'Er is niets geschreven; het bestaande staat in {path}.',
  'ask.same.use-question':
    'Dezelfde vraag als {id} ("{text}"). Die bestaande vraag koppelen in plaats van een nieuwe te maken?',
  'new.same-exists':
    'Let op: {path} heeft dezelfde tekst ("{text}"). Het nieuwe bestand is toch geschreven; is het dubbel, verwijder het dan.',
  'ask.dropped-follows': 'Niet gevonden als project, dus weggelaten: {ids}.',
  'evaluate.sets-stopped':
    'Dit project staat in voorbereiding: kwp evaluate zet de status op gestopt (een project dat niet begonnen is, kan niet afgerond zijn).',
  // issue 12 — reports a steering group can hand around
  'report.stand': 'Stand per {datum}',
  'report.stand.commit': 'Stand per {datum}, commit {commit}',
  'report.stand.commit-changed':
    'Stand per {datum}, commit {commit}, met wijzigingen die nog niet zijn vastgelegd',
  'report.out-unknown-extension':
    '--out {file}: een {ext}-bestand kan kwp niet maken. Kies een bestandsnaam op {allowed}: het formaat volgt de extensie. Voor PDF: maak HTML en druk die af vanuit de browser.',
  'report.out-mismatch':
    '--out {file} en --format {format} passen niet bij elkaar: {ext} hoort bij {fits}. Noem het bestand {name}, of laat --format weg.',
  'report.out-is-folder':
    '--out {file} is een map. Geef een bestandsnaam, bijvoorbeeld {file}/rapportage.html.',
  'report.targets-whole':
    'De doelen gelden voor de hele werkplaats, niet voor deze periode: ze zijn niet naar rato omgerekend.',
  'report.history.source':
    'Bron: de datums in de bestanden zelf: nieuwe projecten volgens planning.start, evaluaties volgens evaluatie.datum, kennisvragen volgens ingediend.',
  'report.projectleider': 'Projectleider',
  'report.eval.themes': "Thema's: {themes}",
  'report.eval.once':
    "Elke evaluatie staat één keer, bij het eerste van haar thema's (in de volgorde van de telling per thema), en noemt al haar thema's.",
  'report.csv.projectleider': 'projectleider',
  'report.csv.stand': 'stand per',
  'report.csv.commit': 'commit',
  'report.csv.gewijzigd': 'niet vastgelegde wijzigingen',
  // issue 13 — derive: the inverse links of the link table (kwp show)
  'label.voortgekomen_uit': 'voortgekomen uit',
  'label.vragen': 'kennisvragen uit dit project',
  'label.projecten': 'projecten',
  'label.financiert': 'financiert',
  // issue 14 — h-rename: kwp rename, kwp remove, the write journal
  'change.duplicate':
    'Id "{id}" staat in meer dan één bestand ({paths}). Maak de id\'s eerst uniek; er is niets veranderd.',
  'change.unread-mentions':
    '{paths} kan niet gelezen worden en noemt "{id}" misschien. Herstel dat eerst (kwp validate laat zien wat er mis is); er is niets veranderd.',
  'rename.same': 'Het nieuwe id is hetzelfde als het oude ({id}); er is niets veranderd.',
  'rename.invalid':
    '"{id}" kan geen id zijn: gebruik 3 tot 80 tekens, kleine letters a-z, cijfers en enkele streepjes (bijvoorbeeld 2026-groene-daken). Er is niets veranderd.',
  'rename.reserved':
    '"{id}" is gereserveerd (de naam van een map, een soort record of een apparaatnaam van Windows) en kan geen id zijn. Kies een ander id; er is niets veranderd.',
  'rename.exists': 'Id "{id}" bestaat al ({path}). Kies een ander id; er is niets veranderd.',
  'rename.done': 'Hernoemd: {from} → {path}',
  'rename.would': 'Zou hernoemen: {from} → {path}',
  'rename.reference': 'Verwijzing aangepast in {path} ({keys})',
  'rename.nothing-written': '(er is niets geschreven)',
  'rename.by-name':
    '{count:# record noemt|# records noemen} deze partner bij naam, niet bij id ({ids}: {keys}); die blijven zoals ze zijn.',
  'remove.referenced':
    '{id} kan niet weg: andere records verwijzen ernaar. Haal eerst die verwijzingen weg; er is niets veranderd.',
  'remove.referenced-by': '{path} ({keys})',
  'remove.needs-yes':
    'kwp remove vraagt eerst of het bestand weg mag. Zonder terminal: geef --yes (of --dry-run om te zien wat er zou gebeuren).',
  'remove.confirm': '{path} verwijderen?',
  'remove.keep': 'Nee, laten staan',
  'remove.delete': 'Ja, verwijderen',
  'remove.done': 'Verwijderd: {path}',
  'remove.would': 'Zou verwijderen: {path} (er is niets geschreven)',
  'journal.rolled-back':
    'Een eerdere kwp-opdracht is halverwege afgebroken; kwp heeft teruggezet wat ze had geschreven: {paths}.',
  'journal.finished':
    'Een eerdere kwp-opdracht is afgebroken nadat alle bestanden geschreven waren ({paths}); niets teruggezet.',
  'journal.conflict':
    'Een eerdere kwp-opdracht is halverwege afgebroken, en {path} is sindsdien nog veranderd: kwp zet niets terug. Kijk de bestanden na ({paths}) en verwijder dan {journal}.',
  'journal.busy': 'Een andere kwp (proces {pid}) schrijft nu in deze kennisbank. Probeer het straks opnieuw.',
  'journal.unreadable': '{journal} is onleesbaar: kijk de bestanden na en verwijder het dan.',
  'help.rename': 'een record een ander id geven: het bestand, de id en elke verwijzing ernaar',
  'help.rename.example':
    '  kwp rename 2026-groene-daken 2026-groene-daken-binnenstad\n  kwp rename 2026-groene-daken 2026-groene-daken-binnenstad --dry-run\n  kwp rename oude-vraag nieuwe-vraag --commit --json',
  'help.remove': 'een record verwijderen, als geen ander record ernaar verwijst',
  'help.remove.example': '  kwp remove 2026-groene-daken\n  kwp remove oude-vraag --yes --commit',
  'help.opt.dry-run-change': 'laten zien wat er zou veranderen, zonder iets te schrijven',
  'help.opt.yes-remove': 'niet om bevestiging vragen',
  'help.opt.json-rename': 'uitvoer als JSON: {"id", "new_id", "path", "changed"}',
  'help.opt.commit-change': 'de wijziging meteen committen in git, in één commit',
  // issue 14 — h-eval: an evaluation closes the questions the project answered
  'evaluate.answered-unknown': '--answered: er is geen kennisvraag "{id}". Er is niets veranderd.',
  'evaluate.answered-not-taken-up':
    '--answered: kennisvraag "{id}" staat niet in de kennisvragen van {project} (die zijn: {listed}). Er is niets veranderd.',
  'eval.answered': 'Is deze kennisvraag nu beantwoord? {text} ({id})',
  'eval.answered.summary': 'kennisvragen die nu beantwoord zijn:',
  'help.opt.answered':
    'een kennisvraag die het project oppakte (kennisvragen) en die nu beantwoord is: status beantwoord (herhaalbaar)',
  // issue 14 — h-eval: an interrupted interview is not lost (cli/prompt/draft.ts)
  'draft.continue': 'Vorige keer ben je gestopt bij: {at} (antwoorden bewaard: {count}). Verder gaan?',
  'draft.replayed': '✔ {question} {answer}',
  'draft.kept':
    'Je antwoorden tot nu toe zijn bewaard (buiten de kennisbank). Start kwp {command} opnieuw om verder te gaan.',
  // issue 14 — kwp edit
  'help.edit':
    'verander een bestaand record: met de vragen van zijn soort (ingevuld met wat er nu staat), of met opties',
  'help.edit.example':
    '  kwp edit 2026-groene-daken --status lopend --lead "Femke de Vries <f.devries@example.org>" --start 2026-02-02 --end 2026-06-26 --content "Studenten inventariseren de daken."\n  kwp edit 2026-groene-daken --add-theme armoede --remove-theme IT --dry-run\n  kwp edit schoolpleinen-onderhoud --status vervallen --commit',
  'help.edit.per-kind': 'Opties per soort record:',
  'help.opt.edit.title': 'titel (project)',
  'help.opt.edit.status': 'nieuwe status; kwp vraagt wat die status nodig heeft',
  'help.opt.edit.programme':
    "programma (project); voor de werkplaats: de lijst programma's (herhaal voor meer)",
  'help.opt.edit.question': 'centrale kennisvraag (project), of de vraag (kennisvraag)',
  'help.opt.edit.follows': "vervangt vervolg_op door deze project-id's (herhaal voor meer)",
  'help.opt.edit.takes-up': "vervangt kennisvragen door deze vraag-id's (herhaal voor meer)",
  'help.opt.edit.theme': "vervangt de thema's door deze (herhaal voor meer)",
  'help.opt.edit.area': 'gebied (project, kennisvraag); voor de werkplaats: de lijst gebieden',
  'help.opt.edit.lead': 'projectleider, als "Naam <e-mail>"',
  'help.opt.edit.contact': 'contactpersoon (project) of aanspreekpunt (partner), als "Naam <e-mail>"',
  'help.opt.edit.start': 'startdatum, JJJJ-MM-DD',
  'help.opt.edit.midterm': 'tussentijds moment, JJJJ-MM-DD',
  'help.opt.edit.end': 'einddatum, JJJJ-MM-DD',
  'help.opt.edit.content': 'de tekst van ## Inhoud (vervangt wat er staat; andere secties blijven)',
  'help.opt.edit.source': 'bron: intake, tijdens-project of evaluatie',
  'help.opt.edit.project': 'id van het project waarin de vraag ontstond',
  'help.opt.edit.owner': 'vraageigenaar: een organisatie, of "Naam <e-mail>"',
  'help.opt.edit.name': 'naam (partner, werkplaats)',
  'help.opt.edit.group': 'groep: ondernemers, onderwijs, bewoners, overheid of overig',
  'help.opt.edit.level':
    'niveau: vmbo, mbo, hbo of wo (partner, aanbod); voor een kennisvraag vervangt het de lijst (herhaal voor meer)',
  'help.opt.edit.website': 'website, https://...',
  'help.opt.edit.add': 'voeg één waarde toe aan {item} (herhaal voor meer)',
  'help.opt.edit.remove': 'haal één waarde uit {item} (herhaal voor meer)',
  'help.opt.edit.json': 'uitvoer als JSON: {"id", "path", "changed"}',
  'help.opt.edit.dry-run': 'laat de wijziging zien als diff, zonder iets te schrijven',
  'edit.flag-not-for-kind': '{option} hoort niet bij een {kind}; kwp edit --help noemt de opties per soort.',
  'edit.unknown-partner':
    '--add-partner: "{name}" staat niet in het partnerregister. Registreer die eerst met kwp new partner.',
  'edit.not-in-list': '{option}: "{value}" staat niet in {key} (daar staat: {items}).',
  'edit.unchanged': 'Niets veranderd: {path} blijft zoals het was.',
  'edit.done': '{path}: gewijzigd: {changed}',
  'edit.dry-run': 'Zo zou {path} veranderen (er is niets geschreven):',
  'edit.invalid':
    'Deze wijziging maakt {path} ongeldig ({rules}); er is niets geschreven. Wat er mis zou gaan:',
  'edit.invalid.ask': 'Zo wordt het bestand ongeldig ({rules}):',
  'edit.invalid.again': 'Pas de antwoorden aan; de vragen komen opnieuw, met je antwoorden ingevuld.',
  'edit.needed': 'Voor status {status} is ook nodig: {fields}.',
  'edit.ask.status': 'Status:',
  'ask.status.afgerond': 'Afgerond (geëvalueerd)',
  'ask.status.gestopt': 'Gestopt',
  'edit.ask.confirm': 'Deze wijziging opslaan?',
  // issue 14 — kwp edit keeps the question register in step
  'edit.question-status': '{path}: status {status} (kennisvraag {id})',
  // issue 15 — the aanbod kind (model, rules, list/show)
  'kind.aanbod': 'onderwijsaanbod',
  'schema.kind.aanbod': 'onderwijsaanbod in knowledge/aanbod/',
  'schema.invalid-count': '"{key}" moet een heel getal van 1 of meer zijn, maar is {value}.',
  'schema.empty-list': '"{key}" moet minstens één item hebben.',
  'label.instelling': 'instelling',
  'label.gebruikt_door': 'gebruikt door',
  'help.opt.edit.institution': 'instelling (aanbod): de school, met haar naam in het partnerregister',
  'help.opt.edit.discipline': 'opleiding (aanbod), bijvoorbeeld Social Work',
  'help.opt.edit.form':
    'vorm (aanbod): vak, project, minor, stage, afstuderen, challenge of onderzoek; voor een kennisvraag vervangt het de lijst (herhaal voor meer)',
  'help.opt.edit.csl': 'csl_niveau (aanbod): laag, midden of intensief',
  'edit.no-interview':
    'Voor {kind} stelt kwp edit nog geen vragen. Geef wat verandert met opties (kwp edit --help), bijvoorbeeld --status vol.',
  'label.biedt_aan': 'biedt aan',
  'rule.period-date-order': 'In periode {period} ligt "einde" ({einde}) voor "start" ({start}).',
  'rule.intake-after-start':
    'In periode {period} ligt "intake_tot" ({intake}) na "start" ({start}): een vraag moet uiterlijk op de startdag binnen zijn. Zet intake_tot op {start} of eerder.',
  'cross.unregistered-institution':
    'Instelling "{name}" staat niet in het partnerregister. Registreer met: kwp new partner --name "{name}" --group onderwijs',
  'cross.unregistered-institution-typo':
    'Instelling "{name}" staat niet in het partnerregister. Bedoel je "{closest}"? Zo niet, registreer met: kwp new partner --name "{name}" --group onderwijs',
  'cross.offer-not-education':
    'Instelling "{name}" staat in het partnerregister met groep {group} ({file}), niet onderwijs: onderwijsaanbod komt van een school. Noem de school, of verbeter de groep in het register.',
  'cross.offer-period-missed':
    'Het project start op {start}, maar dat valt in geen periode van aanbod "{id}" ({periods}). Kies een start binnen een periode, of een ander aanbod.',
  'cross.offer-period-missed-no-start':
    'Het project noemt aanbod "{id}", maar heeft geen planning.start en neemt dus geen periode in ({periods}). Vul planning.start in.',
  'cross.offer-overbooked':
    'Periode {period}, {start} t/m {einde}, kan {capacity:# vraag|# vragen} aan, maar {count:# project zit|# projecten zitten} erin: {projects}. Verhoog "vragen" als de school meer aankan, of plan een project in een andere periode.',
  'show.offer.periods': 'Bezetting per periode:',
  'show.offer.intake': 'aanmelden tot en met {date}',
  'show.offer.students': '{count:# student|# studenten}',
  'show.offer.used': '{used} van {capacity} bezet, {left} vrij',
  'story.offers': 'Uitgevoerd in onderwijsaanbod:',
  'story.offer-period': 'periode',
  'story.offer-no-period': 'neemt geen periode in',
  'show.offer.overbooked': 'overboekt',
  // issue 15 — kwp new aanbod
  'help.new.aanbod':
    'registreer onderwijsaanbod: wat een school aanbiedt om aan vragen uit de stad te werken, en wanneer',
  'help.new.aanbod.example':
    '  kwp new aanbod\n  kwp new aanbod --title "Minor Sociale Innovatie 2027" --institution "Hogeschool Rivelde" --level hbo \\\n    --form minor --theme armoede --period "2027-02-01..2027-06-30,2026-12-15,20,2,blok 3"',
  'help.opt.title-offer': 'titel, bijvoorbeeld "Minor Sociale Innovatie 2026-2027"',
  'help.opt.institution': 'de school: haar naam in het partnerregister (groep onderwijs)',
  'help.opt.level-offer':
    'niveau: vmbo, mbo, hbo of wo (zonder deze optie: dat van de school in het register)',
  'help.opt.discipline': 'opleiding, bijvoorbeeld Social Work',
  'help.opt.form': 'vorm: vak, project, minor, stage, afstuderen, challenge of onderzoek',
  'help.opt.csl': 'csl_niveau: laag, midden of intensief',
  'help.opt.theme-offer': 'thema waaraan de studenten kunnen werken (herhaal voor meer)',
  'help.opt.area-offer': 'gebied waar de studenten kunnen werken (herhaal voor meer)',
  'help.opt.period':
    'een periode: start..einde[,intake_tot][,studenten][,vragen][,naam], bijvoorbeeld "2027-02-01..2027-06-30,2026-12-15,20,2,blok 3" (herhaal voor meer)',
  'help.opt.contact-offer': 'contactpersoon: de docent of coördinator, als "Naam <e-mail>"',
  'offer.period-format':
    '--period "{value}": schrijf {syntax}, bijvoorbeeld "2027-02-01..2027-06-30,2026-12-15,20,2,blok 3".',
  'offer.period-number':
    '{option} "{value}": {key} moet een heel getal van {min} of meer zijn, niet "{part}".',
  'offer.period-dates-missing': 'Periode {period} heeft een start en een einde nodig ({syntax}).',
  'offer.period-end-before-start': 'Periode {period}: het einde {end} ligt voor de start {start}.',
  'offer.period-intake-after-start':
    'Periode {period}: aanmelden tot {intake} ligt na de start {start}. Een vraag moet voor de start binnen zijn: kies een datum op of voor {start}, of laat hem weg (dan is het de dag voor de start).',
  'offer.unknown-institution':
    '--institution: "{name}" staat niet in het partnerregister. Registreer de school eerst: kwp new partner --name "{name}" --group onderwijs',
  'offer.unknown-institution-typo':
    '--institution: "{name}" staat niet in het partnerregister. Bedoel je "{closest}"? Zo niet, registreer de school eerst: kwp new partner --name "{name}" --group onderwijs',
  'offer.institution-not-school':
    '--institution: "{name}" staat in het partnerregister met groep {group}, niet onderwijs: onderwijsaanbod komt van een school.',
  'offer.no-schools':
    'Er staat nog geen school (groep onderwijs) in het partnerregister. Registreer er eerst een: kwp new partner --group onderwijs',
  'ask.offer.title': 'Titel van het aanbod (bijvoorbeeld Minor Sociale Innovatie 2026-2027):',
  'ask.offer.institution': 'Van welke school is het aanbod?',
  'ask.offer.level': 'Op welk niveau?',
  'ask.offer.discipline': 'Welke opleiding? (bijvoorbeeld Social Work; Enter om over te slaan)',
  'ask.offer.form': 'Welke vorm heeft het?',
  'ask.offer.csl': 'Hoe intensief is het community service learning?',
  'ask.offer.themes':
    "Aan welke thema's kunnen de studenten werken? (spatie om te kiezen; niets gekozen: elk thema)",
  'ask.offer.areas':
    'In welke gebieden kunnen ze werken? (spatie om te kiezen; niets gekozen: de hele werkplaats)',
  'ask.offer.period.name': 'Periode {n}: naam (bijvoorbeeld blok 3; Enter om over te slaan):',
  'ask.offer.period.start': 'Periode {n}: startdatum (JJJJ-MM-DD):',
  'ask.offer.period.end': 'Periode {n}: einddatum (JJJJ-MM-DD):',
  'ask.offer.period.intake':
    'Periode {n}: tot wanneer kan een vraag nog mee? (JJJJ-MM-DD; Enter: {date}, de dag voor de start)',
  'ask.offer.period.intake-after':
    'Die datum ligt na de start ({date}); een vraag moet voor de start binnen zijn.',
  'ask.offer.period.students': 'Periode {n}: hoeveel studenten zijn er beschikbaar? (Enter als nog onbekend)',
  'ask.offer.period.questions': 'Periode {n}: hoeveel vragen (projecten) kan de periode aan? (Enter: 1)',
  'ask.offer.period.more': 'Nog een periode?',
  'ask.offer.contact': 'Contactpersoon: de docent of coördinator ("Naam <e-mail>", Enter om over te slaan):',
  'ask.count.invalid': 'Vul een heel getal van {min} of meer in, of laat het leeg.',
  'new.count': '{option} "{value}": schrijf een heel getal van 1 of meer.',
  'new.wanted-order':
    'Gewenst van {van} tot {tot}: het einde ligt voor het begin. De vraag moet klaar zijn op of na {van}; kies een latere --wanted-until.',
  'help.opt.level-vraag':
    'een niveau dat aan de vraag kan werken: vmbo, mbo, hbo of wo (herhaal voor meer; niets: elk niveau)',
  'help.opt.form-vraag':
    'een vorm van onderwijs die past: vak, project, minor, stage, afstuderen, challenge of onderzoek (herhaal voor meer; niets: elke vorm)',
  'help.opt.students': 'hoeveel studenten de vraag ongeveer nodig heeft (een heel getal van 1 of meer)',
  'help.opt.wanted-from': 'het werk begint niet voor deze datum (gewenst.van, JJJJ-MM-DD)',
  'help.opt.wanted-until': 'het werk is klaar op deze datum (gewenst.tot, JJJJ-MM-DD)',
  'help.opt.edit.students': 'studenten (kennisvraag): hoeveel de vraag ongeveer nodig heeft',
  'help.opt.edit.wanted-from': 'gewenst.van (kennisvraag): het werk begint niet voor deze datum, JJJJ-MM-DD',
  'help.opt.edit.wanted-until': 'gewenst.tot (kennisvraag): het werk is klaar op deze datum, JJJJ-MM-DD',
  'ask.wishes': 'Wensen voor het onderwijs opgeven? (niveau, vorm, aantal studenten, wanneer)',
  'ask.wishes.level': 'Welke niveaus kunnen eraan werken? (spatie om te kiezen; niets gekozen: elk niveau)',
  'ask.wishes.form': 'Welke vormen van onderwijs passen? (spatie om te kiezen; niets gekozen: elke vorm)',
  'ask.wishes.students': 'Hoeveel studenten heeft de vraag ongeveer nodig? (Enter als onbekend)',
  'ask.wishes.from': 'Niet beginnen voor (JJJJ-MM-DD, Enter als het niet uitmaakt):',
  'ask.wishes.until': 'Klaar op (JJJJ-MM-DD, Enter als het niet uitmaakt):',
  // issue 16 — kwp search
  'help.search':
    'zoek in alle records: titels, vragen, beschrijvingen, evaluaties, partners en aanbod; Nederlands-bewust (schoolpleinen vindt schoolplein, cooperatie vindt coöperatie)',
  'help.search.example':
    '  kwp search schoolplein\n  kwp search eenzaamheid ouderen --kind projecten --status afgerond\n  kwp search tuintje --area Rivierenwijk --json',
  'help.opt.kind': 'alleen deze soort: projecten, vragen, partners, aanbod',
  'help.opt.limit': 'hoogstens zoveel resultaten (standaard 20; 0: alle)',
  'help.opt.json-search':
    'uitvoer als JSON: {"query", "terms", "ignored", "total", "results": [{"id", "kind", "titel", "path", "score", "passage"}]}',
  'search.no-words': 'Geef een of meer woorden om naar te zoeken, bijvoorbeeld: kwp search schoolplein',
  'search.bad-limit': '--limit verwacht een heel getal van 0 of meer, niet "{value}".',
  'search.count': '{count:# resultaat|# resultaten} voor "{query}", de beste eerst:',
  'search.count-shown':
    '{count:# resultaat|# resultaten} voor "{query}"; de beste {shown} (alle met --limit 0):',
  'search.none': 'Niets gevonden voor "{query}".',
  'search.only-common':
    'Niets gezocht: {words} {count:is|zijn} te gewoon om op te zoeken. Probeer een ander woord.',
  'search.ignored': 'Niet op gezocht, want te gewoon: {words}.',
  // issue 15 — kwp match: the tests of a pair, the points that order pairs, each outcome
  'match.toets.timing': 'aanmelden',
  'match.toets.window': 'tijd',
  'match.toets.level': 'niveau',
  'match.toets.form': 'vorm',
  'match.toets.theme': 'thema',
  'match.toets.area': 'gebied',
  'match.toets.capacity': 'ruimte',
  'match.excluded.window': 'De gewenste tijd sluit {count:# aanbod|# aanbod} uit.',
  'match.excluded.level': 'Het niveau sluit {count:# aanbod|# aanbod} uit.',
  'match.excluded.form': 'De vorm sluit {count:# aanbod|# aanbod} uit.',
  'match.excluded.theme': 'Het thema sluit {count:# aanbod|# aanbod} uit.',
  'match.excluded.area': 'Het gebied sluit {count:# aanbod|# aanbod} uit.',
  'match.timing.ok': 'aanmelden kan tot en met {date}',
  'match.timing.closed': 'aanmelden kon tot en met {date}',
  'match.window.any': 'de vraag noemt geen gewenste tijd',
  'match.window.ok': 'de periode ({start} – {einde}) valt in de gewenste tijd ({van} – {tot})',
  'match.window.early': 'de periode begint op {start}, vóór de gewenste start {van}',
  'match.window.late': 'de periode eindigt op {einde}, na de gewenste einddatum {tot}',
  'match.level.any': 'de vraag noemt geen niveau; dit aanbod is {level}',
  'match.level.ok': 'niveau {level} is gevraagd ({wanted})',
  'match.level.no': 'niveau {level} is niet gevraagd (gevraagd: {wanted})',
  'match.form.any': 'de vraag noemt geen vorm; dit aanbod is {form}',
  'match.form.offer-any': 'het aanbod noemt geen vorm (gevraagd: {wanted})',
  'match.form.ok': 'vorm {form} is gevraagd ({wanted})',
  'match.form.no': 'vorm {form} is niet gevraagd (gevraagd: {wanted})',
  'match.theme.any-question': 'de vraag noemt geen thema',
  'match.theme.any-offer': 'het aanbod neemt elk thema',
  'match.theme.ok': 'gedeeld thema: {themes}',
  'match.theme.no': 'geen gedeeld thema: de vraag gaat over {wanted}, het aanbod over {offered}',
  'match.area.any-question': 'de vraag noemt geen gebied',
  'match.area.any-offer': 'het aanbod werkt in de hele werkplaats, dus ook in {area}',
  'match.area.ok': 'het aanbod werkt in {area}',
  'match.area.no': 'het aanbod werkt niet in {area} (wel in {offered})',
  'match.capacity.ok': '{taken} van {capacity} bezet, {left} vrij',
  'match.capacity.full': 'vol: {capacity:# vraag|# vragen}, bezet door {projects}',
  'match.points.theme': 'gedeeld thema: {themes}',
  'match.points.any-theme': 'neemt elk thema',
  'match.points.area': 'noemt het gebied {area}',
  'match.points.whole': 'werkt in de hele werkplaats',
  'match.points.csl': 'csl-niveau {csl}',
  'match.points.students-enough': 'genoeg studenten: {available} voor de {needed} nodig',
  'match.points.students-few': 'te weinig studenten: {available} voor de {needed} nodig',
  'match.points.history':
    '{school} deed {count:# eerder project|# eerdere projecten} op dit thema met een evaluatie: {projects}',
  'match.outcome.past':
    'Past bij {count:# periode|# periodes} van het aanbod. De beste: {offer}, {period} (aanmelden tot en met {date}).',
  'match.outcome.vol':
    'Vol: {offer}, {period} past, maar zit vol ({projects}). Vraag de school om ruimte, of vraag naar een andere periode.',
  'match.outcome.te-laat-next':
    'Te laat voor {offer}, {period}: aanmelden kon tot en met {date}. De volgende periode ({next}, aanmelden tot en met {nextDate}) valt buiten de gewenste tijd: kan de vraag wachten, of kan hij later instappen?',
  'match.outcome.te-laat-last':
    'Te laat voor {offer}, {period}: aanmelden kon tot en met {date}, en dit aanbod heeft geen latere periode. Vraag de school naar een late instap of naar het aanbod van volgend jaar.',
  'match.outcome.geen-aanbod':
    'Geen aanbod past bij deze vraag ({count:# open aanbod|# open aanbod} bekeken).',
  'match.outcome.no-offers':
    'Er is geen open onderwijsaanbod. Leg het aanbod van de scholen vast in knowledge/aanbod/ (kwp new aanbod).',
  'match.plan.offer-status': 'Aanbod "{offer}" neemt geen vragen aan: de status is {status}.',
  'match.plan.no-periods': 'Aanbod "{offer}" heeft geen periode met een geldige start en einde.',
  'match.plan.no-fit': 'Geen van de {count:# periode|# periodes} van aanbod "{offer}" past bij deze vraag.',
  'match.plan.instead': 'Wat wel past: {offers}.',
  'match.plan.nothing-instead': 'Ander aanbod past nu ook niet (kwp match <vraag> zegt waarom).',
} as const;

export type MessageId = keyof typeof nl;
