/**
 * Phrases of policy and diplomatic English that say one thing, written by hand as general knowledge of the
 * language (not from any statement): light-verb constructions ("put in place" ~ "establish"), idioms of failure
 * and delay ("come to nothing" ~ "fail", "put on hold" ~ "postpone"), negated forms ("not enough" ~
 * "insufficient") and the register's near-synonyms that WordNet does not group in common senses ("hospitality" ~
 * "welcome", "topple" ~ "overthrow"). lexicon.ts adds each line as one more group of the heavy-paraphrase lexicon.
 *
 * One group per line, its expressions separated by ", "; an expression is one to four words, and a slot may offer
 * alternatives with "/" ("a/the/-": "a", "the" or nothing). Irregular verb forms are added by IRREGULAR ("lead
 * nowhere" also reads "led nowhere").
 */
export const PHRASE_TABLE = `
fail, failure, unsuccessful, fruitless, futile, come to nothing, come to naught, lead/go/get nowhere, fall through, fizzle out, in vain, to no avail, without result/results/success/outcome, no result/results/outcome, end in failure
succeed, success, successful, achieve, accomplish, bear fruit, pay off, work out
establish, create, set up, put in place, bring into being, found, institute, launch
implement, carry out, put into practice, put into effect, give effect to, apply, execute, honour
postpone, delay, defer, put off, shelve, put on hold, put on ice, set aside, long grass, stall
block, obstruct, obstruction, prevent, stand in the way, hold up, thwart, frustrate, hinder, impede, veto
discuss, discussion, debate, talk about, deliberate, deliberation, argue over, argument
negotiation, negotiations, talks, bargaining
participate, participation, take part, join, be involved, involvement, engage in, engagement, partake
thank, thanks, thankful, grateful, gratitude, appreciation, appreciate, indebted
welcome, hospitality, reception
concern, concerned, worry, worried, trouble, troubled, alarm, alarmed, disquiet, uneasy, unease, anxious
regret, regrettable, deplore, lament, unfortunate, unfortunately, sadly, pity, a pity, a shame
disappointment, disappointed, disappointing, let down, dismay, dismayed, disillusioned, disillusionment
urge, call on/upon, press, appeal to, exhort, implore, encourage
commend, praise, applaud, congratulate, salute, pay tribute
important, significant, substantial, substantive, meaningful, major, of importance, of substance, key, crucial
insufficient, inadequate, not enough, not sufficient, too little, too few, fall short
lack, absence, shortage, want of, dearth, deficit
shortcoming, weakness, gap, deficiency, flaw, failing, shortfall
continue, keep, go on, carry on, persist, remain
return, go back, come back, go home
strengthen, reinforce, bolster, tighten, step up, shore up, beef up
reduce, curb, cut, lower, decrease, rein in, cut down, bring down
waste, squander, consume, use up, eat up, swallow up, drain
attempt, effort, bid, try, endeavour, endeavor, push
decide, choose, opt, opt for, elect, resolve, make up its/their mind
remains to be seen, unclear, uncertain, unknown, open question, doubtful
agree, agreement, concur, consensus, see eye to eye, reach agreement, come to an agreement, settle
disagree, disagreement, differ, at odds, divided, no consensus, not agree
problem, difficulty, challenge, obstacle, trouble, predicament
solution, solve, remedy, fix, way out, resolve, sort out, address, tackle, deal with, cope with, grapple with, respond to
protect, shield, guard, defend, safeguard, preserve, look after, stand up for
overthrow, topple, oust, depose, unseat, bring down, overturn
rebel, rebels, insurgent, insurgents, armed group, armed groups, militia, militias
government, governments, authorities, administration
consumer, consumers, buyer, buyers, shopper, shoppers, customer, customers, purchaser
synthetic, lab grown, laboratory grown, man made, artificial, cultured
achievement, accomplishment, success, breakthrough, feat, gain
progress, advance, step forward, headway, move forward, make headway, step ahead
result, outcome, output, product, yield, deliver
improvement, amendment, revision, adjustment, modification, tweak, refinement, edit, alteration
modest, small, minor, slight, marginal, limited, handful
massive, huge, enormous, vast, immense, tremendous, considerable, great deal
inane, pointless, absurd, senseless, meaningless, silly, frivolous, trivial, petty
foundation, foundations, basis, fundamentals, core, principle, principles, cornerstone, underpinning
equal standing, equal footing, parity, equality, equal terms
put into question, call into question, question, challenge, doubt, cast doubt on, dispute, contest
dysfunctional, does/do not work, did not work, doesn't/don't work, not working, broken, ineffective
commitment, political will, resolve, determination, willingness, dedication
does/do/did not care, doesn't/don't/didn't care, indifferent, unconcerned, uninterested, not interested
flexible, flexibility, adaptable, adaptability, leeway, room for manoeuvre
experiment, pilot, trial, test
fraud, cheating, deception, deceit, trickery
oversight, supervision, scrutiny, checks, controls, inspection
on the ground, in practice, in reality, on site, in the field, in fact, actually, really
on paper, formally, nominally, in theory
deal, agreement, accord, settlement, pact, treaty
entire, whole, complete, full, all over, throughout, across
conclusion, overall, in summary, in short, to sum up, all in all, on balance, verdict
credibility, trust, credence, reputation, standing, legitimacy, confidence
relevance, importance, significance, pertinence
on the sidelines, on the margins, at the margins, on the fringe, from the sidelines, sidelined, marginalised, marginalized
pretend, claim to be, pose as, purport, masquerade
promote, push for, advocate, champion, press for, work for, foster, further
focus on, concentrate on, attention to, dwell on, centre on, center on, absorbed by
monitor, track, oversee, supervise, keep track of, keep watch, keep an eye on
triumph, triumphant, jubilant, jubilation, exultant, elated, victorious, victory, celebrate, celebration, rejoice
suffer, endure, undergo, experience, go through, be subjected to, live with, bear
sorry, apologise, apologize, apology, excuse
ethical, ethically, moral, morally, responsible, conscientious
excruciating, gruelling, grueling, painful, agonising, agonizing, arduous, exhausting, tortuous
wisdom, learning, knowledge, sagacity, insight
enlighten, enlightening, illuminate, shed light, inspire, instruct
beautiful, lovely, gorgeous, stunning, picturesque, charming
reputed, famous, renowned, known for, celebrated, famed, well known, noted
so-called, so called, self-styled, supposed, alleged, what is called
sure, certain, confident, convinced, no doubt, without doubt, undoubtedly
contemporary, modern, present day, current, today, nowadays, of our time, of our times, present
merely, only, solely, just, simply, purely, nothing more than, little more than, no more than, sole
umpteenth, yet another, once again, one more, once more, again, anew, repeatedly, time and again, over and over
professionalism, professional conduct, professional standards, expertise, competence
capacity, capacities, capability, capabilities, ability, skill, skills
aim, goal, purpose, objective, intention, intend, seek to, meant to, designed to
strongly, firmly, forcefully, emphatically, urgently, earnestly, in the strongest terms
deep, deeply, profound, profoundly, grave, gravely, serious, seriously, greatly, acute
contribute, contribution, play a part, play a role, lend a hand, do our part, make a contribution
offer, propose, volunteer, put forward, make available, stand ready, ready to
take stock, assess, evaluate, review, examine, appraise, gauge, look at, inspect
`;

/** Irregular forms of the verbs the table's phrases start with. */
export const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  bear: ['bore', 'borne'],
  bring: ['brought'],
  come: ['came'],
  cut: [],
  deal: ['dealt'],
  drive: ['drove', 'driven'],
  eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  hold: ['held'],
  keep: ['kept'],
  lead: ['led'],
  lend: ['lent'],
  make: ['made'],
  pay: ['paid'],
  put: [],
  see: ['saw', 'seen'],
  set: [],
  shed: [],
  stand: ['stood'],
  swallow: [],
  take: ['took', 'taken'],
  use: [],
};
