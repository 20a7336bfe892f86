/**
 * Vocabulary of attribution (English, with a few German and French cues): the verbs and nouns
 * that say someone said, wrote, thought or wanted something, the titles and roles that stand
 * before or beside a name, the words that make a name an organisation, and the nouns of unnamed
 * sources. General words only: no person, site or story is named here.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Irregular forms of cue verbs: base → [past, participle, -ing]. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'said', 'saying'],
  tell: ['told', 'told', 'telling'],
  write: ['wrote', 'written', 'writing'],
  think: ['thought', 'thought', 'thinking'],
  know: ['knew', 'known', 'knowing'],
  see: ['saw', 'seen', 'seeing'],
  find: ['found', 'found', 'finding'],
  feel: ['felt', 'felt', 'feeling'],
  show: ['showed', 'shown', 'showing'],
  speak: ['spoke', 'spoken', 'speaking'],
  give: ['gave', 'given', 'giving'],
  make: ['made', 'made', 'making'],
  put: ['put', 'put', 'putting'],
  seek: ['sought', 'sought', 'seeking'],
  forecast: ['forecast', 'forecast', 'forecasting'],
  bet: ['bet', 'bet', 'betting'],
  understand: ['understood', 'understood', 'understanding'],
  withdraw: ['withdrew', 'withdrawn', 'withdrawing'],
  hold: ['held', 'held', 'holding'],
  send: ['sent', 'sent', 'sending'],
  forbid: ['forbade', 'forbidden', 'forbidding'],
  swear: ['swore', 'sworn', 'swearing'],
  foresee: ['foresaw', 'foreseen', 'foreseeing'],
  read: ['read', 'read', 'reading'],
  lead: ['led', 'led', 'leading'],
  win: ['won', 'won', 'winning'],
  run: ['ran', 'run', 'running'],
};

/** Cues of speech and writing: the ones that still count inside a quotation or a relative clause. */
export const SPEECH_CUES = set(`
say tell add write tweet post state note explain argue warn claim insist assert declare announce confirm deny acknowledge
admit concede report reveal disclose suggest urge ask reply respond counter retort contend maintain stress emphasize
emphasise observe remark comment mention repeat reiterate recall predict promise pledge vow complain testify quip joke
email text publish release issue allege describe conclude accuse criticize criticise praise blame call
quote`);

/**
 * Verbs whose subject is a source (speech, writing, thought, stance, intention). Base forms;
 * regular inflections are derived.
 */
const CUE_VERB_BASES = `
say tell add write tweet retweet post state note explain argue warn claim insist assert declare announce confirm deny
acknowledge admit concede report reveal disclose suggest propose recommend urge ask question answer reply respond
counter retort contend maintain stress emphasize emphasise observe remark comment mention repeat reiterate recall
predict forecast estimate promise pledge vow threaten boast brag complain lament criticize criticise attack blast
slam denounce condemn accuse blame charge praise applaud hail welcome thank defend dismiss reject refuse decline agree
disagree concur endorse support oppose object protest challenge dispute deride mock ridicule joke quip muse wonder
speculate hint imply indicate signal tease shout yell chant scream whisper mutter testify plead beg demand instruct
advise caution cite quote email text publish release issue allege characterize characterise describe label brand dub
portray depict summarize summarise conclude find show tout push press lobby guarantee assure reassure confess apologize
apologise regret recognize recognise affirm reaffirm certify verify unveil think believe feel know expect hope fear worry
want wish prefer doubt suspect assume consider view regard decide plan intend aim seek favor favour dislike distrust
understand realize realise remember imagine anticipate suppose guess reckon bet figure sense call speak talk discuss
address vote veto approve back order outline detail highlight underscore characterize predict project tally
survey poll assess analyze analyse calculate demonstrate prove illustrate
reflect express voice share offer echo invoke describe echo push campaign swear
promote advocate champion embrace reaffirm renew resist refute rebut deny downplay shrug scoff balk bristle fume
rail lash lambaste scold rebuke chastise excoriate berate pan trash needle jab knock fault question doubt hesitate
caution cheer celebrate congratulate thank mourn grieve lament decry deplore bemoan slam assail skewer
announce confide divulge leak brief inform notify alert remind urge implore appeal petition plead request invite
challenge dare vow commit insist foresee forbid sue file appeal testify depose interrogate probe investigate examine
bark snap fume rage gush rave thunder rant riff lecture preach marvel exclaim sigh grumble groan whine confront scold hype
review study recommend proclaim opine posit recount clarify elaborate interject
`;

/**
 * Verbs of stance and public action whose subject PolNeAR-style attribution counts as a source
 * ("X likened", "X signed a letter"), found reading the misses on train. Their attributions carry
 * the rule "stance-verb" so a filter can weigh them apart.
 */
const STANCE_VERB_BASES = `
see learn notice liken coin spar feud savage rip unleash backtrack float reference deem
`;
export const STANCE_VERBS: Set<string> = new Set(STANCE_VERB_BASES.trim().split(/\s+/));

/** Verbs that are cues only with a particle or an object that says so ("pointed out", "went on to say"). */
const PARTICLE_CUES = /^(?:point(?:s|ed|ing)? (?:out|to)|went on|go(?:es)? on|weigh(?:s|ed|ing)? in|spoke out|speak(?:s|ing)? out|lash(?:es|ed|ing)? out|push(?:es|ed|ing)? back|fir(?:e|es|ed|ing) back|hit back|hits back|chim(?:e|es|ed|ing) in|sound(?:s|ed|ing)? off|ma(?:de|ke|kes|king) (?:the|a|an|his|her|their|its) (?:case|argument|point|claim|remark|comment|pitch|plea|promise|pledge|vow|prediction|statement|announcement|observation|charge|accusation|appeal|call)|g(?:ave|ive|ives|iving) (?:a|an|the|his|her|their)(?: [\w-]+){0,2} (?:speech|interview|statement|address|talk|briefing|warning|answer|response|reply|assessment|endorsement)|went so far as to|went as far as to|r(?:an|un|uns|unning) (?:a|an|the|new|its|his|her|their)(?: [\w-]+){0,2} (?:ad|ads|advertisement|commercial|spot|op-ed|editorial|story|piece|poll|survey)|put (?:it|out)|took (?:issue|aim|to)|take(?:s)? (?:issue|aim|to))\b/;

/** Verbs of two syllables stressed on the last, which double their final consonant ("admitted", "regretted"). */
const DOUBLING = new Set(['admit', 'regret', 'rebut', 'prefer', 'concur', 'refer', 'omit', 'submit', 'acquit', 'compel', 'propel', 'control', 'patrol', 'confer', 'deter', 'occur', 'abet', 'allot', 'outwit', 'infer', 'expel', 'repel']);

function inflect(base: string): string[] {
  const irr = IRREGULAR[base];
  const s = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  if (irr) return [base, s, ...irr];
  const stem = /e$/.test(base) ? base.slice(0, -1) : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'i' : base;
  const doubled = (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base) && !/(w|x|y)$/.test(base)) || DOUBLING.has(base) ? base + base.slice(-1) : null;
  const past = /[^aeiou]y$/.test(base) ? `${stem}ed` : /e$/.test(base) ? `${base}d` : `${doubled ?? base}ed`;
  const ing = /ie$/.test(base) ? `${base.slice(0, -2)}ying` : /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${doubled ?? base}ing`;
  return [base, s, past, ing];
}

/** Every inflected form of a cue verb → its base. */
export const CUE_VERBS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const base of new Set(`${CUE_VERB_BASES} ${STANCE_VERB_BASES}`.trim().split(/\s+/))) for (const f of inflect(base)) if (!m.has(f)) m.set(f, base);
  // "Republicans saw gains": the past of "see" is as often what happened to someone
  m.delete('saw');
  return m;
})();

/** The first words PARTICLE_CUES can open with (keep in step): most words can't, and skip building the phrase. */
const PARTICLE_HEAD = /^(?:point|went|go|weigh|spoke|speak|lash|push|fir|hit|chim|sound|ma[dk]|ga|gi|ra|ru|put|took|take)/;
export function particleHead(word: string): boolean {
  return PARTICLE_HEAD.test(word);
}
export function cueParticle(text: string): boolean {
  return PARTICLE_CUES.test(text);
}

/** Verbs that can follow a quotation with the speaker after them: "…," said Mike Lux. */
export const INVERSION_VERBS = set(`
said says say added adds wrote writes continued continues explained explains noted notes argued argues recalled
recalls warned warns declared declares replied replies tweeted tweets countered counters insisted insists concluded
concludes acknowledged acknowledges observed observes remarked remarks predicted predicts cautioned cautions
stressed stresses added added quipped quips joked jokes suggested suggests responded responds answered answers
posted posts emailed texted conceded concedes admitted admits claimed claims maintained maintains agreed agrees
reported reports shouted shouts pleaded proclaimed asked wondered`);

/** Nouns of an utterance that make "X's <noun>" or "in a <noun>" a cue. */
export const CUE_NOUNS = set(`
statement statements interview interviews remarks remark comments comment speech speeches tweet tweets post posts letter
letters memo memos email emails op-ed column essay report reports testimony filing lawsuit complaint release conference
briefing editorial book memoir video ad ads advertisement poll polls survey surveys study studies analysis data view
views claim claims assertion argument arguments warning warnings criticism endorsement call calls plan plans proposal
proposals promise promises pledge vow decision announcement position stance opposition support response reply answer
suggestion prediction estimate estimates assessment conclusion findings accusation accusations allegation allegations
charge charges threat threats demand demands request message messages words account version explanation defense defence
insistence belief beliefs view opinion opinions attack attacks praise rebuke denial admission appeal campaign speech
observation objection objections concern concerns fears hopes vision agenda platform proposal pitch rhetoric message
mantra refrain slogan catchphrase
`);

/** Title words before a name: "Sen.", "President", "Secretary of State". Lower case, without dots. */
export const TITLES = set(`
mr mrs ms miss mx dr sen senator senators rep reps representative gov governor president vice secretary speaker leader
chairman chairwoman chairperson chair director judge justice attorney general mayor minister prime chancellor king queen
prince princess pope gen adm lt col maj capt sgt cmdr prof professor rev reverend father rabbi imam sheriff chief
commissioner ambassador spokesman spokeswoman spokesperson ceo cfo coo founder cofounder co-founder coach lord sir dame
councilman councilwoman councilmember assemblyman assemblywoman delegate candidate nominee congressman congresswoman
lawmaker premier sheikh president-elect deputy acting former late then-candidate first lady superintendent officer
detective inspector lieutenant colonel major captain sergeant admiral commander private corporal marshal trooper
editor publisher anchor host correspondent reporter columnist economist analyst strategist pollster adviser advisor aide
manager chief executive executive partner rival opponent challenger incumbent activist lawyer attorney counsel
`);

/** Titles that say the person is a man or a woman (for "he" and "she"). */
export const MALE_TITLES = set('mr sir king prince father lord congressman councilman assemblyman spokesman chairman sheikh');
export const FEMALE_TITLES = set('mrs ms miss queen princess dame congresswoman councilwoman assemblywoman spokeswoman chairwoman lady');

/** Words that make a name an organisation: "Judicial Watch", "Republican National Committee". */
export const ORG_WORDS = set(`
committee department ministry party association campaign university college school institute foundation council court
agency administration commission bureau center centre inc corp corporation company co ltd llc group fund union network
coalition pac senate house congress parliament assembly cabinet office board bank federation alliance society league
council caucus conference church times post journal news herald tribune press gazette chronicle review magazine radio
tv television channel service services police army navy force forces guard command authority authorities project
initiative watch trust partners partnership institution organization organisation club team studios airlines airways
motors industries holdings technologies systems labs laboratory laboratories hospital clinic exchange reserve treasury
pentagon kremlin vatican legislature government regime administration junta tribunal panel jury
`);

/** Heads of descriptions of unnamed sources: "officials said", "a source familiar with…". */
export const UNNAMED_HEADS = set(`
official officials source sources aide aides adviser advisers advisor advisors analyst analysts expert experts observer
observers critic critics supporter supporters opponent opponents lawmaker lawmakers legislator legislators diplomat
diplomats insider insiders person people spokesman spokeswoman spokesperson representative representatives staffer
staffers strategist strategists operative operatives investigator investigators prosecutor prosecutors researcher
researchers economist economists pollster pollsters voter voters resident residents witness witnesses member members
leader leaders activist activists executive executives donor donors delegate delegates ally allies friend friends
associate associates colleague colleagues employee employees worker workers officer officers agent agents
authorities sources scientist scientists doctor doctors lawyer lawyers attorney attorneys banker bankers investor
investors trader traders candidate candidates senator senators republican republicans democrat democrats conservative
conservatives liberal liberals progressive progressives respondent respondents participant participants observer
military police protester protesters demonstrators organizers organisers backers skeptics fans
politician politicians pundit pundits commentator commentators historian historians scholar scholars hopeful hopefuls
`);

/** Roles that, after "the", stand for one person: "the New Jersey governor", "the GOP front-runner". */
export const ROLE_HEADS = set(`
governor nominee front-runner frontrunner hopeful congressman congresswoman mayor businessman businesswoman billionaire
mogul chairman chairwoman speechwriter actor actress legend star challenger incumbent governor-elect president-elect
secretary ambassador minister senator
`);

/** Nouns that stand for a document a story relies on: "a report by…", "the memo". */
export const DOCUMENT_NOUNS = set('report memo study poll survey filing lawsuit indictment complaint audit analysis document documents letter emails email records transcript data ruling order');

/** Words that are never a source's name on their own (sentence openers, days, months, numbers…). */
export const NOT_NAMES = set(`
the a an this that these those it its he she they we i you his her their our my your there here but and or so yet if
when while after before as in on at for to by with from of also still even meanwhile however although though because
since until now then instead last next earlier later today yesterday tonight tomorrow some many most several both all
each every other others another one two three four five six seven eight nine ten few no any such nobody everyone
everybody someone somebody anyone no-one none neither either what who whom which whose where why how just only not
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
asked speaking according despite during having given like unlike without within among amid mr mrs ms dr yes no oh
well please thanks thank let here's there's that's it's i'm i've i'll i'd we're we've they're they've he's she's
let's you've you're you'll you'd i'd i'm i've we'll we'd they'll they'd she'd he'd she'll he'll don't can't won't isn't aren't wasn't weren't didn't doesn't haven't hasn't hadn't wouldn't couldn't shouldn't
chapter section page part figure table photo image video read watch see click related more share follow tv
throughout mine additionally besides moreover furthermore nevertheless regardless whether unless perhaps maybe indeed
certainly clearly obviously actually already almost always never often sometimes usually once twice q a
whatever whenever whichever wherever whoever whomever absent beyond likewise otherwise meantime
`);

/** Adjectives of nations and parties: "Republican voters" is a description, "Republicans" a group. */
export const PROPER_ADJECTIVE = /^(?:Republican|Democratic|Democrat|American|British|French|German|Chinese|Russian|Mexican|Iranian|Israeli|Palestinian|Syrian|Iraqi|Afghan|Pakistani|Indian|Japanese|Korean|North Korean|South Korean|European|African|Asian|Latino|Latina|Hispanic|Muslim|Christian|Jewish|Catholic|Evangelical|Arab|Turkish|Canadian|Australian|Italian|Spanish|Brazilian|Cuban|Venezuelan|Ukrainian|Saudi|Egyptian|Libyan|Yemeni|Western|Eastern|Northern|Southern|Federal|State|National|International|Global|Congressional|Presidential|Conservative|Liberal|Progressive|Labour|Labor|Tory|GOP|U\.S\.|UK|U\.K\.|EU|UN|US)$/;

/** Common given names (US census lists and their short forms), for "he" and "she": a hint, never enough on its own. */
export const MALE_NAMES = set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven
paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
randy roy vincent ralph eugene russell bobby mason philip louis bill mike chris jim tom tim dan ben rick steve dave
bernard johnny jimmy ed fred ted ron don jon nick tony greg jeff ken matt pat rob bob al dick hank howard leonard martin
glenn craig todd chad brad derek marcus luis carlos antonio miguel francisco manuel pedro mohammed muhammad ahmed ali
hans klaus pierre jacques francois michel
`);
export const FEMALE_NAMES = set(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly
emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela
shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl
hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise
amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
kate katie liz beth becky meg maggie jane jenny kim kathy peggy sue tina wendy susanne ursula anne sophie claire marine
`);
