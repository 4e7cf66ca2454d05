/**
 * The evaluation a paragraph states: whether it welcomes or deplores what it speaks of. Two paragraphs on the same
 * subject in many of the same words ("the permanent secretariat and multi-donor fund … professionalism and technical
 * capacities") make opposite claims when one deplores ("kicked into the long grass due to lack of commitment") and
 * the other welcomes ("we note the progress … and thank the donors"): a weak link between them is a topic, not a
 * rewording. Counted on common evaluative words of statements, each turned round by a negation just before it
 * ("no progress", "not successful").
 */
import { wordSpans } from './text-terms';

/** Words that welcome or praise. */
const POSITIVE = new Set(
  `welcome welcomed welcomes welcoming commend commends commended congratulate congratulates congratulations
  progress achievement achievements achieve achieved success successes successful successfully succeed succeeded
  thank thanks thanked grateful gratitude appreciate appreciates appreciated appreciation praise praised
  improve improved improvement improvements complete completed delighted pleased glad positive encouraging
  encouraged fruitful constructive breakthrough milestone`.split(/\s+/),
);

/** Words that deplore or regret. */
const NEGATIVE = new Set(
  `deplore deplores deplored regret regrets regretted regrettable regrettably disappoint disappointed
  disappointing disappointment fail fails failed failing failure failures lack lacks lacked lacking shortcoming
  shortcomings concern concerned concerns obstruct obstructed obstruction obstructions dysfunctional
  unfortunately sadly alarmed alarming worrying worried stalled deadlock inertia frustration frustrated wasted
  futile pointless undermined neglected`.split(/\s+/),
);

/** Words that turn the next evaluative word round within NEGATION_REACH words. */
const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'nothing', 'hardly', "n't", 'nor', 'little']);
const NEGATION_REACH = 3;

/** Evaluative words a paragraph needs on one side, net, to state an evaluation. */
const MIN_NET = 2;

/** +1 when the text welcomes (net MIN_NET evaluative words or more), −1 when it deplores, 0 otherwise. */
export function evaluation(text: string): -1 | 0 | 1 {
  const words = wordSpans(text).map((s) => s.word);
  let net = 0;
  let negatedUntil = -1;
  words.forEach((w, i) => {
    if (NEGATIONS.has(w) || w.endsWith("n't")) {
      negatedUntil = i + NEGATION_REACH;
      return;
    }
    const sign = POSITIVE.has(w) ? 1 : NEGATIVE.has(w) ? -1 : 0;
    if (sign !== 0) net += i <= negatedUntil ? -sign : sign;
  });
  return net >= MIN_NET ? 1 : net <= -MIN_NET ? -1 : 0;
}
