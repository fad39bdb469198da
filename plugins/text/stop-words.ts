/**
 * Words that carry no topic, per language: the `stopword` package's list,
 * the words questions are made of ("how do I…", "where are my…") and the
 * chatter of support messages ("hi, I need help with…"). Dropped from
 * ticket text before clustering and from search queries before matching,
 * so filler never decides what a text is about.
 */
import { eng } from 'stopword';

/** Question words and support chatter the `stopword` list leaves in. */
export const supportStopWords: readonly string[] = [
  'able', 'again', 'already', 'am', 'anyone', 'anything', 'anyway', 'asap', 'assist', 'assistance', 'cant',
  'cannot', 'didn', 'didnt', 'doesn', 'doesnt', 'don', 'dont', 'doing', 'either', 'else', 'even', 'ever', 'every',
  'everything', 'dr', 'go', 'going', 'gotta', 'guys', 'happen', 'happened', 'happening', 'hello', 'help', 'helping', 'hey', 'hi',
  'hope', 'however', 'im', 'isn', 'isnt', 'it', 'ive', 'just', 'kind', 'kindly', 'know', 'let', 'll', 'look', 'looking',
  'lot', 'madam', 'maybe', 'mine', 'mr', 'mrs', 'ms', 'need', 'needed', 'needs', 'new', 'no', 'not', 'nothing', 'ok', 'okay', 'one', 'please',
  'pls', 'plz', 'possible', 'problem', 'problems', 're', 'really', 'regards', 'right', 'seem', 'seems', 'someone',
  'sir', 'something', 'sorry', 'still', 'sure', 'tell', 'thank', 'thanks', 'thing', 'things', 'think', 'today',
  'tried', 'try', 'trying', 'u', 'ur', 'us', 've', 'wanna', 'want', 'wanted', 'wasn', 'wasnt', 'why', 'will', 'won', 'wont',
  'yes', 'yesterday', 'yet', 'anymore', 'find', 'vs', 'versus', 'etc', 'btw', 'fyi', 'thx', 'idk',
  // Question words the stopword list does not have.
  'does', 'whats', 'wheres', 'hows', 'whos', 'which', 'when', 'can', 'couldnt', 'shouldnt', 'wouldnt', 'youre', 'theres', 'its', 'lets',
  // Contractions and possessives as typed without the apostrophe ("haven't" is read "havent").
  'arent', 'havent', 'hasnt', 'hadnt', 'werent', 'mustnt', 'neednt', 'theyre', 'theyve', 'weve', 'youve', 'someones', 'anyones', 'everyones',
  // Function words of the usual English lists that the stopword package's short list lacks.
  'so', 'whom', 'whose', 'own', 'nor', 'few', 'once', 'further', 'having', 'myself', 'yourself', 'yourselves', 'ourselves', 'themselves',
  'itself', 'herself', 'ours', 'yours', 'theirs', 'hers',
];

const english: ReadonlySet<string> = new Set([...eng, ...supportStopWords]);
const none: ReadonlySet<string> = new Set();

/** The stop words of `language` (ISO 639-1), folded; an empty set for a language without a list. */
export function stopWordsFor(language = 'en'): ReadonlySet<string> {
  return language.toLowerCase().startsWith('en') ? english : none;
}
