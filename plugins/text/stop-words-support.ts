/**
 * Words that fill support messages without naming a topic ("hi, I need
 * help with…", "Hallo, ich habe ein Problem mit…"), per language. Leaving
 * them in makes every ticket look alike to clustering and search.
 */
export const supportStopWords: Readonly<Record<string, readonly string[]>> = {
  en: [
    'able', 'again', 'already', 'am', 'anyone', 'anything', 'anyway', 'asap', 'assist', 'assistance', 'cant',
    'cannot', 'didn', 'doesn', 'don', 'dont', 'doing', 'either', 'else', 'even', 'ever', 'every',
    'everything', 'dr', 'go', 'going', 'gotta', 'guys', 'happen', 'happened', 'happening', 'hello', 'help', 'helping', 'hey', 'hi',
    'hope', 'however', 'im', 'isn', 'it', 'ive', 'just', 'kind', 'kindly', 'know', 'let', 'll', 'look', 'looking',
    'lot', 'madam', 'maybe', 'mine', 'mr', 'mrs', 'ms', 'need', 'needed', 'needs', 'new', 'no', 'not', 'nothing', 'ok', 'okay', 'one', 'please',
    'pls', 'plz', 'possible', 'problem', 'problems', 're', 'really', 'regards', 'right', 'seem', 'seems', 'someone',
    'sir', 'something', 'sorry', 'still', 'sure', 'tell', 'thank', 'thanks', 'thing', 'things', 'think', 'today',
    'tried', 'try', 'trying', 'u', 'ur', 'us', 've', 'wanna', 'want', 'wanted', 'wasn', 'why', 'will', 'won',
    'yes', 'yesterday', 'yet',
  ],
  de: [
    'abend', 'bitte', 'beste', 'besten', 'danke', 'dank', 'damen', 'eigentlich', 'einfach', 'etwa', 'frage', 'fragen', 'freundlichen',
    'geehrte', 'geehrter', 'gerne', 'gestern', 'gibt', 'gruß', 'grüße', 'grüßen', 'guten', 'hallo', 'heute', 'herren', 'hi', 'hilfe',
    'helfen', 'irgendwie', 'immer', 'leider', 'lg', 'liebe', 'lieber', 'mal', 'mfg', 'moin', 'morgen', 'möchte', 'möchten', 'problem',
    'probleme', 'schon', 'sehr', 'servus', 'tag', 'team', 'vg', 'vielen', 'voraus', 'vorab', 'wieder', 'würde', 'würden', 'ja', 'nein',
    'ok', 'okay', 'geht', 'gehen', 'kurz', 'bzw', 'usw', 'ca', 'dass', 'mehr', 'etwas', 'nichts', 'jemand', 'seit', 'dabei',
  ],
};
