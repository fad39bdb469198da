/**
 * Words that fill support messages without naming a topic ("Hallo, ich
 * habe ein Problem mit…"), per language other than English (whose list is
 * in `stop-words.ts`, shared with the site's search). Leaving them in makes
 * every ticket look alike to clustering.
 */
export const supportStopWords: Readonly<Record<string, readonly string[]>> = {
  de: [
    'abend', 'bitte', 'beste', 'besten', 'danke', 'dank', 'damen', 'eigentlich', 'einfach', 'etwa', 'frage', 'fragen', 'freundlichen',
    'geehrte', 'geehrter', 'gerne', 'gestern', 'gibt', 'gruß', 'grüße', 'grüßen', 'guten', 'hallo', 'heute', 'herren', 'hi', 'hilfe',
    'helfen', 'irgendwie', 'immer', 'leider', 'lg', 'liebe', 'lieber', 'mal', 'mfg', 'moin', 'morgen', 'möchte', 'möchten', 'problem',
    'probleme', 'schon', 'sehr', 'servus', 'tag', 'team', 'vg', 'vielen', 'voraus', 'vorab', 'wieder', 'würde', 'würden', 'ja', 'nein',
    'ok', 'okay', 'geht', 'gehen', 'kurz', 'bzw', 'usw', 'ca', 'dass', 'mehr', 'etwas', 'nichts', 'jemand', 'seit', 'dabei',
  ],
};
