import type { EventStatus } from "../../core/index.js";
import type { WordnetNeighbour } from "./_wordnet.js";

/** One element of a pattern after the head: a word set, or the target slot. */
export type PatternElement =
  | { readonly kind: "word"; readonly words: ReadonlySet<string>; readonly text: string }
  | { readonly kind: "target" }
  /** `#N+`: a quantity of at least N ("272", "1,300", "1.2 million", "hundreds", "thousands"). */
  | { readonly kind: "quantity"; readonly min: number; readonly text: string };

/** One compiled verb or noun pattern. */
export interface Pattern {
  readonly id: string;
  readonly code: string;
  /** Written with code `---`: the pattern wins at its trigger like any other and codes nothing ("a referendum called by X" is no phone call). */
  readonly blocks: boolean;
  /** Lemmas (or lower-case forms) that trigger the pattern. */
  readonly head: ReadonlySet<string>;
  readonly rest: readonly PatternElement[];
  /** Triggered by a noun ("sanctions on", "a visit to") rather than a verb. */
  readonly noun: boolean;
  /**
   * A copy of a simple pattern onto a WordNet neighbour of its head (data/verbs/wordnet.txt): it fires only where its
   * trigger is read as a verb ("still" the adverb is no "calm").
   */
  readonly wordnet: boolean;
  /** Reciprocal act (meet, talk, agree): coded in both directions. */
  readonly recip: boolean;
  /** The act may stand without a target (statements, force posture). */
  readonly targetOptional: boolean;
  /** Consumes the embedded act that follows it in the clause ("threatened to impose sanctions on"). */
  readonly wrap: boolean;
  /** With no target, a compound actor acts on itself pairwise ("Japan and India agreed to ..."); one way otherwise. */
  readonly mutual: boolean;
  /** Embed table that maps the consumed act's code to this event's code ("pledged to" + 073 → 0333), or null. */
  readonly embed: string | null;
  /** With no target found, the target is the source's own country plus this suffix ("GOV"): domestic acts. */
  readonly selfTarget: string | null;
  /** With no target found, the target is the first actor of another country in the sentence (force posture). */
  readonly contextTarget: boolean;
  /** A noun event that may stand inside another act's words when an actor owns it ("rejected Kyiv's demand"). */
  readonly inner: boolean;
  /** An embed whose table has no entry for the wrapped act gives way to it ("said it would impose tariffs"). */
  readonly transparent: boolean;
  /** "agreed to postpone their drills": a wrapped act its own status cancels or postpones is coded by itself. */
  readonly deferring: boolean;
  /** Fires only when a negation cue stands before its trigger; its own status then replaces the negation. */
  readonly ifNegated: boolean;
  /**
   * Fires only when a future or modal cue (a `scheduled` or `hypothetical` status cue, with no negation) stands in the
   * auxiliary chain before its trigger: "Tehran would respond", "said it will retaliate"; not "Beijing responded by ...".
   */
  readonly prospect: boolean;
  /**
   * (with `prospect`) fires only with a condition set for another party after the act in its clause ("would use
   * nuclear weapons if Seoul attacked it"), none before it; not "would fight on".
   */
  readonly condition: boolean;
  /**
   * A deadline or ultimatum set for the target ("gave Moscow ten days to agree to a ceasefire"): beside its own threat,
   * the act it sets the deadline for is demanded of the target (10x `demanded`, from the `demand` table).
   */
  readonly ultimatum: boolean;
  /**
   * The verb's object is the one avenged, never its target ("vowed to avenge the killing of Hamas leader Ismail
   * Haniyeh"): the act is aimed at the first actor of another country than the source's and the victim's.
   */
  readonly avenged: boolean;
  /**
   * A veto aimed at the drafter its resolution names further on ("vetoed a resolution on Friday ..., a draft put forward
   * by the United Arab Emirates", ", which Switzerland and Brazil had drafted"), not at the body where it was voted.
   */
  readonly drafter: boolean;
  /**
   * A denial in a clause beside a report of the denier's own act answers the one who reported it ("The United States
   * said Russia had used chemical weapons ..., and Moscow denied the charge"), not the act's target.
   */
  readonly accuser: boolean;
  /**
   * With no actor for subject, in a relative clause on the charge before it (", a charge the group denied", ", which she
   * denied"), the subject is the party that charge accuses: the act goes from it to the accuser.
   */
  readonly denier: boolean;
  /**
   * With no object, in a relative clause on a meeting noun just coded ("a summit of Japan, China and South Korea that
   * Tokyo had hoped to host"), the act reaches each party of that meeting, with the meeting's status.
   */
  readonly antecedent: boolean;
  /**
   * The subject undergoes the act, in prospect, at the hands of a trailing speaker of another country, whose threat it
   * is ("Japan would suffer a crushing defeat if it intervened, China's defence ministry said"); with no such speaker
   * the pattern codes nothing.
   */
  readonly undergone: boolean;
  /**
   * In the passive with no actor for agent or subject, the act is the one who reports it: the subject of the nearest
   * reporting verb before it ("the Israeli military said most of them had been intercepted").
   */
  readonly reporter: boolean;
  /**
   * In the passive with no actor as agent, the act is the host's: the subject of a hosting verb (`_HOST_VERB`) in the
   * sentence, or the state or place named after "in"/"at" near a gathering noun (`_TOPIC_NOUN`): "a peace summit in
   * Switzerland ..., although Russia was not invited" is Switzerland's invitation, negated.
   */
  readonly hosted: boolean;
  /**
   * Fires only when no place or state of another country than the source's is named after a place preposition in the
   * few words before the trigger: "signed a peace agreement in Washington in the presence of Rubio" is the host's, "in
   * Kuala Lumpur in the presence of Trump" hosts nothing.
   */
  readonly homeVenue: boolean;
  /**
   * A state's armed or police force (MIL, COP) acting with no actor as object answers the attack before it in the
   * sentence: the target is the source of the latest act coded before whose actor is another than its own ("BLA
   * fighters hijacked a train, and the army said it had killed 33 attackers": the army fights the BLA).
   */
  readonly counter: boolean;
  /** Fires only when nothing else in the sentence did. */
  readonly fallback: boolean;
  /** As a participle after a comma (", calling it a violation"), it restates an earlier act of its root between the same pair. */
  readonly echo: boolean;
  /** A formal complaint or case ("lodged a protest with Beijing"): an `echo` verdict after it is coded beside it. */
  readonly formal: boolean;
  /** (with `wrap`) a finding ("concluded that X had used chemical weapons"): a wrapped `established` act is coded too. */
  readonly finding: boolean;
  /** Coded beside a `finding` that wraps it, reported ("found that the air force had dropped chlorine on Douma"). */
  readonly established: boolean;
  /** Never fires as a participle after a comma (", killing more than 100 people": the toll of the act before it). */
  readonly main: boolean;
  /** A place of the source's own country in the target slot is what the act takes ("M23 rebels captured Goma"), not where it happens. */
  readonly territory: boolean;
  /**
   * With a compound subject and a target, a plural object ("signed agreements with Israel") or an "apart" word
   * among the matched words ("signed separate agreements with Turkey") makes each member act with the target alone.
   */
  readonly apart: boolean;
  /** A killing between the same countries as an attack of another root coded in the sentence is that attack's toll, not an act of its own. */
  readonly toll: boolean;
  /**
   * A killing whose victims name the target of an act of force by the same agent that names no one ("bombed a concert
   * in Hpakant, killing more than 60 people": the bombing falls on the victims' country too).
   */
  readonly victims: boolean;
  /**
   * As an infinitive of purpose after another act ("lifted sanctions on Syria to support the country's recovery"), the
   * act is that act's purpose and is dropped when another act between the same countries, same direction, is kept.
   */
  readonly purpose: boolean;
  /**
   * The act's object is an envoy ("summoned the Russian ambassador"): a demand in an infinitive of purpose right after
   * it ("... to demand the withdrawal of North Korean troops") is addressed to the envoy's country.
   */
  readonly envoy: boolean;
  /**
   * Fires only when the `TGT` slot's phrase ends in a diplomat noun (`$DIPLOMAT`: "told Israel's envoy not to return"):
   * what is said to another state's envoy is done to the envoy, while "told Israel not to return to the talks" is not.
   */
  readonly toEnvoy: boolean;
  /** With an armed force named in the plural as source ("Kenyan police officers arrived in Haiti"), the act takes this code (074), or null. */
  readonly forces: string | null;
  /**
   * Fires only with an armed force named in the plural as source ("The last French troops left Niger"): the words
   * name an act only such forces do (a retreat), while a leader leaving a capital ends a visit.
   */
  readonly forcesOnly: boolean;
  /**
   * Fires also as a term of an agreement, in a relative clause on its noun, when the verb binds a party named right
   * after it to the act ("a treaty that commits Canberra to defend Tuvalu"): the bound party's own commitment.
   */
  readonly bound: boolean;
  /**
   * Fires only in the passive with no "by" agent, when its subject is a state's armed or police force and the slot holds
   * an actor of another country: the force's state sends it ("North Korean troops had been sent to Russia").
   */
  readonly dispatched: boolean;
  /**
   * Fires only with a source of people (a sector actor that is no state institution, force, gang or armed group):
   * "students blockaded the broadcaster" protest, "a court blocked the deployment" or "coast guard ships blocked the
   * boats" do not.
   */
  readonly peopleOnly: boolean;
  /**
   * Codes nothing when the passive's "by" agent names weapons or aircraft, not a party ("Somali troops backed by U.S.
   * air strikes", "Israel, backed by American, British and Jordanian jets"): the owners' strikes are the means of the
   * main act, no backing of its subject.
   */
  readonly means: boolean;
  /**
   * The helper joins the act of force it helps ("intercepted with help from the United States", "were shot down by
   * Israel with help from Britain"): beside such an act (quad 4) of the party helped, or against the party named as
   * helped, the helper does that act to its target instead of aiding anyone.
   */
  readonly joins: boolean;
  /**
   * (with `ctx`) a verdict on an act of the source's own country ("the opposition rejected the junta's plan, calling
   * the vote a sham"): with no actor of another country, the target is the first one of the source's country in
   * another sector, and an own-country target is kept.
   */
  readonly kin: boolean;
  /**
   * A noun visit named as the occasion of its clause's act ("during a state visit", "on his first trip abroad") with no
   * destination of its own goes to the place that act names after "in"/"at" ("signed a pact in Riyadh during a visit
   * by Sharif", "held talks with Lula in Brasilia during a state visit").
   */
  readonly venue: boolean;
  /** With armed or police forces as source ("Ecuadorian police stormed the Mexican embassy"), the act takes this code (170), or null. */
  readonly armed: string | null;
  /** With `armed` recoding the act and armed forces on both sides ("Armenian troops clashed with Azerbaijani forces"), the act is reciprocal. */
  readonly armedRecip: boolean;
  /** With civilians as source ("Israeli settlers attacked a village"), the act takes this code (180), or null. */
  readonly civilians: string | null;
  /**
   * With a target of another country than the source ("Israeli troops opened fire on crowds waiting for aid in Gaza"),
   * the act takes this code (193: fire on another's people is no repression of one's own), or null.
   */
  readonly foreign: string | null;
  /**
   * With civilians, refugees or an armed group of another country as target ("ordered about 840 Russian citizens to
   * leave the country", "expel Hamas officials"), the act takes this code (174: people sent out of a country are
   * deported, not a state's diplomats expelled), or null.
   */
  readonly people: string | null;
  /**
   * With a news outlet as target ("Burkina Faso suspended the BBC and Voice of America"), the act takes this code
   * (1721: silencing the press is a restriction of freedoms, not the suspension of a member), or null.
   */
  readonly media: string | null;
  /**
   * With civilians as source and an institution of a state as target ("protesters attacked the Israeli embassy",
   * "a mob attacked police officers"), the act takes this code (145: a violent protest), or null.
   */
  readonly riot: string | null;
  /**
   * With a crowd on one side of a reciprocal act ("NATO peacekeepers clashed with Serb protesters", "police clashed
   * with demonstrators"), the act is the crowd's alone, aimed at the other side, with this code (145: a violent
   * protest), or null.
   */
  readonly crowd: string | null;
  /**
   * When the act's subject opens a relative clause on an agreement noun right before the trigger ("an agreement that
   * Meloni struck with Rama", "the first deal Trump struck"), the verb concludes that agreement: this code (057) both
   * ways with a partner after "with", no event without one; or null.
   */
  readonly deal: string | null;
  /**
   * When the act's subject opens a relative clause on a claim noun that restates the clause before it ("…, a claim
   * Moscow dismissed as baseless", "…, an accusation the White House called absurd"), the act takes this code (016:
   * a denial answers the claimant), or null.
   */
  readonly claim: string | null;
  /** With aircraft as target ("scrambled jets to intercept Russian bombers"), the act takes this code (150), or null. */
  readonly aircraft: string | null;
  /**
   * With a vessel or aircraft as target ("had driven a Chinese coast guard vessel out of Indonesian waters"), the act
   * takes this code (170: a craft chased from waters one claims is coerced, no people expelled), or null.
   */
  readonly craft: string | null;
  /** With a weapon as the subject's head ("a U.S. drone strike killed an Iranian general"), the act takes this code (195), or null. */
  readonly weapon: string | null;
  /** With a named victim ("killed Hamas political chief Ismail Haniyeh"), the act takes this code (186), or null. */
  readonly named: string | null;
  /** With a named person killed as the passive's subject ("Haniyeh was killed in an Israeli strike"), the act takes this code (186), or null. */
  readonly victim: string | null;
  /**
   * With soldiers, police or armed men as target ("shot dead two Israeli soldiers", "two Palestinian gunmen": a
   * `_FIGHTER` head word), the act takes this code (193: armed men shot
   * are fought, while other people shot dead are killed, 1823), or null.
   */
  readonly troops: string | null;
  /**
   * With a suicide bomber in the subject before the trigger ("An Islamic State suicide bomber killed 13 U.S. troops",
   * "Al-Shabab gunmen and a suicide bomber attacked a restaurant"), the act takes this code (1831), or null.
   */
  readonly bomber: string | null;
  /**
   * With an inquiry as the subject the source heads ("a UN commission of inquiry concluded that Israel had ...",
   * "investigators of the OPCW found that ..."), the finding is also the inquiry's own act: this code (090) is coded
   * beside the act, between the same actors, or null.
   */
  readonly inquiry: string | null;
  /**
   * Every party the act names (each member of a compound subject, and with `recip` each partner after "with") also
   * does this code (062) with every other, both ways: "Russia and Belarus began exercises near Poland", "held naval
   * drills with Russia and China" are one joint exercise of all of them; null otherwise.
   */
  readonly jointly: string | null;
  /**
   * An act in an infinitive of purpose right after an agreement its source signs ("signed a deal to buy 96 helicopters
   * from the United States", "signed a contract worth 8 billion pounds to sell jets to Turkey") is also that signing:
   * this code (057) beside it, both ways between its source and target; null otherwise.
   */
  readonly signed: string | null;
  /**
   * The actor right after the pattern's last word (a preposition: "switched recognition from Taipei to Beijing")
   * receives this code (054) from the source too, beside the act aimed at the slot's actor; null otherwise.
   */
  readonly onward: string | null;
  /**
   * A sentence passed on the target ("a court sentenced X to 16 years") is also a finding of guilt: this code (116)
   * beside it, with the same source, target and status; null otherwise.
   */
  readonly verdict: string | null;
  /**
   * A second act the pattern's own words name beside the first ("withdraw its ambassador and 1,500 troops from Niger":
   * the recall and the troops' withdrawal, 087): this code beside it, with the same source, target and status; null
   * otherwise.
   */
  readonly also: string | null;
  /**
   * Refused in prospect by its subject ("would not negotiate with Venezuela", "will not hold talks with Islamabad"): the
   * act takes this code (125), a refusal that occurred, instead of the act negated; null otherwise.
   */
  readonly refused: string | null;
  /**
   * With a source and a target that are both named persons ("a clash between Trump and Zelensky", "the two leaders
   * clashed over ..."), the act takes this code (111): leaders quarrel, they do not fight; null otherwise.
   */
  readonly persons: string | null;
  /**
   * A protest whose own words demand something of its target ("rallied to demand the resignation of X") is also that
   * demand: this code (1041) beside it, from the same source to the same target, with the status `demanded`.
   */
  readonly demands: string | null;
  /**
   * An act on a crowd that the sentence shows protesting ("fired tear gas at students protesting in Istanbul", "at
   * protesters who had gathered in Lome to demand ..."): the crowd's protest (141) at its government, beside the act,
   * with the act's status; null otherwise.
   */
  readonly protested: string | null;
  /**
   * A noun event whose agent must be its own: a modifier or possessor ("Russia's war in Ukraine", "its war"), or an
   * agent after the noun ("by X", "of X"); never the subject of the verb that governs it ("ended the war in Gaza").
   */
  readonly owned: boolean;
  /**
   * The head is the participle of a hyphenated modifier and fires only right after the hyphen: "African Union-led
   * talks", "American-led negotiations" (a mediator's act), never the verb of a clause ("Witkoff led talks with ...").
   */
  readonly compound: boolean;
  /**
   * With `noun`: fires only when no possessive ("Pyongyang's", "its"; adjectives may stand between) owns the noun: "a
   * Ukrainian claim that its forces had used cluster munitions" charges another, "Pyongyang's claim that its launch was
   * a drill" is about the claimant's own act.
   */
  readonly unowned: boolean;
  /** With `noun`: fires only right after an `_OCCASION_PREP` word and a determiner ("in a call from the White House"). */
  readonly occasion: boolean;
  /**
   * A noun event filed by the actor in its TGT slot against the party the sentence's subject acted on ("the court
   * ordered Israel to ..., in a case brought by South Africa": South Africa's 115 against Israel).
   */
  readonly filed: boolean;
  /** The target slot takes no possessor: "called China's drills provocative" is no call to China. */
  readonly bare: boolean;
  /**
   * The verb's object is a topic ("discussed a U.S. ceasefire proposal"): an actor after the verb is its partner only
   * behind "with"; one that owns or qualifies the topic is none.
   */
  readonly topic: boolean;
  /**
   * In a reduced passive relative on a plain noun that names no actor ("militants backed by Kabul", "a ceasefire
   * backed by Turkey"), the act is aimed at that noun's referent, no actor: nothing is coded.
   */
  readonly patient: boolean;
  /**
   * Fires only as the alternative joined by "or" to the act an appeal or demand wraps ("urged Moscow to accept the
   * truce or face sanctions"): the wrapper's source threatens its addressee.
   */
  readonly alternative: boolean;
  /**
   * With `noun`: fires only as the act a `_RETALIATION` phrase answers ("raised tariffs in retaliation for Trump's
   * latest tariff increase"), aimed at the one who retaliates, or as the means of a `frame` act ("broke the ceasefire
   * with a wave of air strikes"); nothing elsewhere.
   */
  readonly answered: boolean;
  /**
   * With `noun`: an act carried out "on" or "under" it is aimed, when it names no target of its own, at that act's
   * object ("Philippine police arrested Duterte on an International Criminal Court warrant" is the court's warrant
   * against Duterte), and the one who carries it out also does this code (063) to the noun's agent; or null.
   */
  readonly served: string | null;
  /**
   * A denial whose words name the charge denied with its author in the `TGT` slot ("rejected French accusations that
   * ...", "rejected as groundless a U.S. claim that ..."): the author also does this code (112) to the denier, as the
   * gold README codes a named charge denied; or null.
   */
  readonly denied: string | null;
  /**
   * Fires only as the frame of the act before it in its clause ("detained the mayor in a corruption investigation",
   * "raided the offices as part of a money-laundering investigation", "concluding a two-year investigation"): that
   * act's source on that act's target.
   */
  readonly framing: boolean;
  /**
   * Its means is an act of its own: "broke the ceasefire with a wave of air strikes" is also 195, aimed at this act's
   * target (a means phrase is otherwise no second act: "killed Nasrallah in an air strike").
   */
  readonly frame: boolean;
  /**
   * The actor in the TGT slot acts on the subject ("Kyiv received shells from Prague": Prague gives); no event without
   * that slot.
   */
  readonly converse: boolean;
  /**
   * No filler between the pattern's words ("at the request of X", not "a request from India for the extradition of
   * citizens"); the TGT slot keeps its usual gap.
   */
  readonly tight: boolean;
  /**
   * The pattern's words name unnamed people: it fails when its TGT slot finds an actor or an actor's mention or a
   * proper noun stands among the fillers before those words ("kidnapped Irish missionary X and seven other people",
   * "executed Ukrainian prisoners of war" are left to the plain patterns).
   */
  readonly nameless: boolean;
  /**
   * With `converse`: a country named as a place in the slot acts as its government ("at Washington's request", "at
   * the request of Japan"); without it such a place acts for no one ("with the help of the United States").
   */
  readonly asState: boolean;
  /**
   * An embed that stands for its source's own act only: a wrapped act whose subject is an actor of another country
   * ("warned that Russia might use a nuclear weapon") is coded by itself with its own status, and the wrapper not.
   */
  readonly ownAct: boolean;
  /**
   * A verdict on the act before the comma: fires only when its source opens a relative clause on that act (", a move
   * X said would hurt ...", ", which X said would ..."), and is aimed at the act's author, never at an actor it names.
   */
  readonly restated: boolean;
  /**
   * The noun events its own words name are no new acts, even with an agent of their own: "Hungary vetoed new EU
   * sanctions on Russia", "called for new EU sanctions" (as a yield act's words undo them: "lifted U.S. sanctions").
   */
  readonly undoes: boolean;
  /**
   * The actors inside the pattern's words are what the act is about, the source's own ("said Greenland was not for
   * sale"), never its target: the target is found as if the words named no actor (`ctx` passes them over too).
   */
  readonly thing: boolean;
  /**
   * A case filed whose words hold the accusation it makes ("filed a case at the ICJ accusing Israel of genocide"): the
   * accusation is coded beside the case, with the code of the best root-11 pattern at the accusing verb (1124 here).
   */
  readonly charges: boolean;
  /**
   * A bare signing verb: fires only as the verb of an object relative clause on an agreement noun (`_TERMS_NOUN`:
   * "an accord that both countries signed", "agreements the Pacific nation signed with China"), its subject the
   * signer; with no partner in the clause, the actor after "with" on the noun ("a peace accord with Cambodia that
   * Bangkok signed").
   */
  readonly relTerms: boolean;
  /**
   * (with `noun`) An offer or proposal: coded only when it is not taken up, its governing verb (past "to" or "on") no
   * `_TAKE_UP` word ("Kyiv accepted a U.S. proposal", "gathered to discuss a U.S. ceasefire proposal" code no offer;
   * "Hamas rejected an Israeli proposal" does).
   */
  readonly offer: boolean;
  /**
   * A finding on the act before the sayer (", a UN fact-finding mission said, concluding that the abuses amounted to
   * crimes against humanity"): fires only as a participle after a trailing sayer, aimed at that act's author.
   */
  readonly actBefore: boolean;
  /**
   * A charge given as the reason for one's own act (", saying Caracas had deliberately sent criminals to the United
   * States"): fires only as an "-ing" participle after a comma whose reported clause opens with its target, a past
   * perfect act ("had" and a participle) and no act of its own, when its source's act before is aimed at that target's
   * country.
   */
  readonly charging: boolean;
  /**
   * A naming verb that judges by itself: fires only in a free relative naming the thing an act opposes or answers
   * ("summoned the ambassador over what it called the degrading treatment of migrants"), never after "for" or "after".
   */
  readonly opposed: boolean;
  /**
   * (with `prospect`) fires only when a reporting verb stands before the trigger and a modal right before it: "the
   * Kremlin said Moscow would retaliate" (the speaker's threat); not "China would retaliate, a spokesman said" nor
   * "saying it had no plans to retaliate", which the early sets code as the hypothetical act.
   */
  readonly saidBefore: boolean;
  /**
   * Fires only when the plain noun phrase before the trigger is an inquiry of a named actor ("A UN commission of
   * inquiry said Russian forces had ...", "A U.N. fact-finding mission said ..."): what an inquiry reports of another
   * party is its finding, not the word of any sayer.
   */
  readonly inquirer: boolean;
  /**
   * A joint act of a compound source of two or more countries ("the U.S.-South Korean exercises were suspended"),
   * coded between its members both ways and never with one source; the subject of the verb governing the noun is its
   * source only when that verb or the word before the noun is in `_JOINT_VERB` ("suspended the drills", "during").
   */
  readonly joint: boolean;
  /**
   * The act's object is what is investigated: when its TGT slot finds no actor, the target is read inside the
   * complement after it, past "whether", a claim's "that" and a participle ("an inquiry into whether Israeli soldiers
   * ...", "into cars made in China"), an agent after "by" first ("into the execution of prisoners by Russian troops").
   */
  readonly probe: boolean;
  /** Status the pattern itself carries (threatened, demanded), or null. */
  readonly status: EventStatus | null;
  /** Number of literal elements plus code depth: the higher wins among overlapping matches. */
  readonly specificity: number;
  /** Ids of the pattern's word elements (see VerbModel.elementsByWord), set when the model is compiled. */
  readonly need: Int32Array;
  readonly file: string;
  readonly line: number;
}

/**
 * A pattern as read from its file: `need` is empty until the model numbers its elements and sets it in place (a copy
 * made by spreading would get a V8 hidden class of its own for each pattern, and every pattern field read would then
 * be megamorphic).
 */
export type ParsedPattern = Omit<Pattern, "need"> & { need: Int32Array };

/** Where a status cue is looked for, relative to the trigger. */
export type CueWhere = "before" | "govern" | "modifier" | "sentence" | "clause" | "backshift";

/** One status cue: a lemma sequence that marks an event's status. */
export interface StatusCue {
  readonly id: string;
  readonly status: EventStatus;
  readonly where: CueWhere;
  readonly seq: readonly ReadonlySet<string>[];
  /** The cue names a source of the report (according to X, X reported): record it as claimant/outlet. */
  readonly attribution: boolean;
  /** With `plover=TYPE`, the cue applies only to acts of that PLOVER type ("before a visit", not "before an invasion"). */
  readonly plover: string | null;
}

/** Compiled verb/noun pattern dictionary with status cues and the word classes the engine reads. */
export interface VerbModel {
  readonly version: string;
  /** Verb patterns indexed by head lemma, most specific first. */
  readonly verbHeads: ReadonlyMap<string, readonly Pattern[]>;
  /** Noun patterns indexed by head lemma, most specific first. */
  readonly nounHeads: ReadonlyMap<string, readonly Pattern[]>;
  /** Both indexes in one: word → its verb and noun pattern lists (one lookup per token). */
  readonly heads: ReadonlyMap<
    string,
    { readonly verb: readonly Pattern[] | undefined; readonly noun: readonly Pattern[] | undefined }
  >;
  /**
   * Word → ids of the pattern word elements it can fill. Lets the coder mark in one pass over a sentence which
   * elements are fillable at all, and skip patterns that need a word the sentence lacks.
   */
  readonly elementsByWord: ReadonlyMap<string, Int32Array>;
  /** Number of word elements (ids run 0..elementCount-1). */
  readonly elementCount: number;
  readonly patterns: readonly Pattern[];
  readonly cues: readonly StatusCue[];
  /** Status precedence when several cues apply, strongest first. */
  readonly statusOrder: readonly EventStatus[];
  /** PLOVER types of acts whose target takes part in them, so its report of the act is its own (`@shared-report`). */
  readonly sharedReport: ReadonlySet<string>;
  /** CAMEO codes or code prefixes of acts a reported "would" states now, not as a plan (`@stated-now`: rejections). */
  readonly statedNow: ReadonlySet<string>;
  /** Status → its place in statusOrder (0 = strongest). */
  readonly statusRank: ReadonlyMap<EventStatus, number>;
  /** Cues by position, then by every form of their first word. */
  readonly cuesByFirst: ReadonlyMap<CueWhere, ReadonlyMap<string, readonly StatusCue[]>>;
  /** Every word of a "before" cue: the auxiliary chain before a verb may run through them ("plans to"). */
  readonly chainWords: ReadonlySet<string>;
  /** Positions with a cue that starts with an exact word form ("=has to"). */
  readonly exactCueAt: ReadonlySet<CueWhere>;
  /** Embed tables: table name → (embedded code, 3-digit prefix or root) → resulting code. */
  readonly embeds: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Reserved class name ("_SAY") → its bit; word → the bits of the reserved classes it belongs to. */
  readonly reservedBit: ReadonlyMap<string, number>;
  readonly reservedMask: ReadonlyMap<string, number>;
  /** Word classes, including the reserved `_` classes the engine reads (relative pronouns, say verbs, …). */
  readonly classes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Irregular forms of base words (`$_IRREGULAR`, entries `base:form:form`): "shoot" → ["shot"]. */
  readonly irregular: ReadonlyMap<string, readonly string[]>;
  /**
   * WordNet neighbours (data/verbs/wordnet.txt, every row): a verb no pattern heads → dictionary lemmas sharing a synset
   * with it or naming its direct hypernym, with a code, closest first (`dyad dict suggest` prints them).
   */
  readonly wordnet: ReadonlyMap<string, readonly WordnetNeighbour[]>;
}
