/**
 * Sentiment of a ticket (PLAYBOOK §2.2a): angry, frustrated, neutral or
 * positive, from the words of its language (`support.languages.<code>.sentiment`
 * plus the `angry`, `negative` and `praise` phrase lists). A positive word
 * next to a negation ("not happy", "nicht zufrieden") is frustration, and
 * frustration written in capitals or with "!!" reads as anger. Politeness
 * ("thanks in advance") is no praise, so it is not in the positive words.
 */
import type { Sentiment } from '../../plugins/config/support-config.ts';
import type { CompiledSupport, ReadText } from './compile-support-rules.ts';

/** The sentiment and why. */
export interface SentimentResult {
  sentiment: Sentiment;
  /** The words that decided it. */
  words: string[];
  reason: string;
}

const quote = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');

/** Words of four or more capitals ("UNACCEPTABLE", "SOFORT"), or "!!"/"?!": the customer is shouting. */
function shouts(raw: string): boolean {
  if (/[!?]{2,}/.test(raw)) return true;
  const caps = raw.match(/(?<![\p{L}])[\p{Lu}]{4,}(?![\p{L}])/gu);
  return caps !== null && caps.length >= 2;
}

/** Classifies one ticket; `raw` is its subject and description as written (capitals matter). */
export function classifySentiment(raw: string, read: ReadText, rules: CompiledSupport): SentimentResult {
  const s = rules.sentiment;
  const angry = s.angry.find(read);
  if (angry.length > 0) return { sentiment: 'angry', words: angry, reason: `angry words ${quote(angry)}` };
  const frustrated = [...s.frustrated.find(read), ...s.negatedPositive.find(read)];
  if (frustrated.length > 0) {
    if (shouts(raw)) return { sentiment: 'angry', words: frustrated, reason: `frustrated words ${quote(frustrated)}, written in capitals or with "!!"` };
    return { sentiment: 'frustrated', words: frustrated, reason: `frustrated words ${quote(frustrated)}` };
  }
  const positive = s.positive.find(read);
  if (positive.length > 0) return { sentiment: 'positive', words: positive, reason: `positive words ${quote(positive)}` };
  return { sentiment: 'neutral', words: [], reason: 'no sentiment words' };
}
