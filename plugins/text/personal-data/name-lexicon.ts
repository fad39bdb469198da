/**
 * What the name finder knows about words: given and family names
 * (compromise's person lexicon plus `given-names.ts`), and English words
 * (the `word-list` dictionary and compromise's lexicon), so a capitalized
 * word that is neither a name nor English can be told from a UI label.
 * Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { eng } from 'stopword';
import wordListPath from 'word-list';
import { compromise } from './compromise.ts';
import { extraFamilyNames, extraGivenNames } from './given-names.ts';

/** The lexicon the name finder consults; every word lowercase. */
export interface NameLexicon {
  given: ReadonlySet<string>;
  family: ReadonlySet<string>;
  /** English words (dictionary and compromise), names excluded unless they are words too. */
  english: ReadonlySet<string>;
  /** Function words that never start or continue a name. */
  stop: ReadonlySet<string>;
}

let loaded: NameLexicon | undefined;

const GIVEN_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person']);
const NAME_TAGS = new Set([...GIVEN_TAGS, 'LastName', 'Honorific']);

// Words of support messages that look like names to a dictionary but never are one here.
const SUPPORT_WORDS = ['team', 'support', 'everyone', 'all', 'there', 'folks', 'guys', 'again', 'admin', 'customer', 'service', 'desk', 'helpdesk'];

/** The lexicon, loaded on first call. */
export function nameLexicon(): NameLexicon {
  if (loaded) return loaded;
  const given = new Set<string>(extraGivenNames);
  const family = new Set<string>(extraFamilyNames);
  const english = new Set<string>(readFileSync(wordListPath, 'utf8').split('\n'));
  const lexicon = (compromise().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    if (word.includes(' ')) continue;
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.some((tag) => GIVEN_TAGS.has(tag))) given.add(word);
    else if (list.includes('LastName')) family.add(word);
    else if (!list.some((tag) => NAME_TAGS.has(tag))) english.add(word);
  }
  for (const word of SUPPORT_WORDS) english.add(word);
  loaded = { given, family, english, stop: new Set([...eng, 'im', "i'm", 'ive', "i've", 'thanks', 'thank', 'regards', 'cheers', 'hi', 'hello', 'hey', 'dear']) };
  return loaded;
}

/** Whether `lower` is an English word, also as a plural or past form ("timesheets", "exported"). */
export function isEnglishWord(lexicon: NameLexicon, lower: string): boolean {
  const { english } = lexicon;
  if (english.has(lower)) return true;
  if (lower.length > 3 && lower.endsWith('s') && english.has(lower.slice(0, -1))) return true;
  if (lower.length > 4 && lower.endsWith('es') && english.has(lower.slice(0, -2))) return true;
  if (lower.length > 4 && lower.endsWith('ed') && (english.has(lower.slice(0, -2)) || english.has(lower.slice(0, -1)))) return true;
  if (lower.length > 5 && lower.endsWith('ing') && (english.has(lower.slice(0, -3)) || english.has(`${lower.slice(0, -3)}e`))) return true;
  return false;
}
