/**
 * Per-language word lists of the support workflow (`support.languages.<code>`,
 * ISO 639-1 codes): category keywords, priority keywords, named phrase lists
 * (the same names as `support.phrases`), sentiment words and extra stop
 * words. A ticket is matched with the lists of its language on top of the
 * lists under `support.*`, which hold for every language (product names,
 * loan words such as "API" or "Login"). English and German are shipped;
 * any other code can be added with its own lists. A shipped language that
 * the config names keeps the shipped list of every field it leaves out.
 *
 * Every phrase is matched on stems (Snowball for the language), so
 * "hacked" also finds "hacking" and "abgebucht" also finds "abbuchen".
 */
import type { PhraseRule } from './support-config.ts';

/** The lists of one language, as the config gives them. */
export interface LanguageLists {
  keywords: Record<string, PhraseRule[]>;
  priority_keywords: Partial<Record<'P0' | 'P1' | 'P2' | 'P3', PhraseRule[]>>;
  phrases: Record<string, PhraseRule[]>;
  sentiment: { angry: PhraseRule[]; frustrated: PhraseRule[]; positive: PhraseRule[]; negations: string[] };
  stop_words: string[];
}

const down = { any: ['down'], unless_any: ['drop-down', 'drop down', 'dropdown', 'scroll down', 'slow down', 'down arrow', 'go down the list', 'down payment', 'let me down', 'let us down', 'let down', 'letting us down', 'count down', 'break down', 'breakdown', 'write down', 'narrow down', 'sit down', 'turn down'] };

const cantLogIn = [
  "can't log in", 'cannot log in', 'can not log in', 'cant log in', "can't login", 'cannot login', 'unable to log in', 'unable to login',
  "can't sign in", 'cannot sign in', 'unable to sign in', "can't access", 'cannot access', 'unable to access', "can't get in", 'locked out',
  "can't use", 'cannot use', 'unable to use', "can't work", 'cannot work', 'not able to log in', 'not able to access', 'is down', 'are down',
];
const allUsers = [
  'all users', 'all our users', 'all of our users', 'everyone', 'everybody', 'none of us', 'all of us', 'whole team', 'entire team',
  'whole company', 'entire company', 'all employees', 'all our employees', 'all our staff', 'all staff', 'all accounts', 'all our accounts',
  'every user', 'all agents', 'all our agents', 'any of our users', 'any of us',
];

const dataLost = { any: ['lost', 'lose', 'losing', 'deleted', 'wiped', 'erased', 'gone', 'disappeared', 'vanished', 'destroyed', 'corrupted'], with_any: ['data', 'files', 'records', 'documents', 'database', 'entries', 'history', 'projects', 'all our', 'everything'], within_words: 4, unless_any: ['lost my password', 'lost password', 'forgot my password'] };
const datenVerloren = { any: ['daten', 'dateien', 'einträge', 'datensätze', 'projekte', 'dokumente', 'alles', 'alle unsere', 'historie', 'datenbank'], with_any: ['verloren', 'verlieren', 'gelöscht', 'sind weg', 'ist weg', 'komplett weg', 'einfach weg', 'verschwunden', 'futsch', 'zerstört', 'beschädigt'], within_words: 4, unless_any: ['passwort verloren', 'passwort vergessen'] };

/** English (PLAYBOOK §2 words, widened to the ways customers write them). */
export const englishLists: LanguageLists = {
  keywords: {
    security: [
      // Stems join "security" and "secure": only the words of an incident count, not "Is my data secure?".
      'security issue', 'security problem', 'security incident', 'security breach', 'security concern', 'security vulnerability',
      'security alert', 'security warning', 'security hole', 'security risk',
      'breach', 'breached', 'hacked', 'hacker', 'hackers', 'phishing', 'vulnerability', 'unauthorized access',
      'unauthorised access', 'unauthorized login', 'suspicious login', 'suspicious activity', 'suspicious sign-in',
      { any: ['compromised'], with_any: ['account', 'password', 'data', 'credentials', 'system', 'server', 'email', 'login', 'card'], within_words: 4 },
      { any: ['data leak', 'leaked', 'leaking'], unless_any: ['memory leak', 'memory leaks', 'leaking memory'] }, 'malware', 'ransomware', 'account takeover', 'identity theft', 'stolen password', 'stolen account',
      { any: ['someone', 'somebody', 'stranger', 'an unknown person', 'another person', 'a third party', 'someone else'], with_any: ['logged in', 'logged into', 'signed in', 'signed into', 'accessed', 'got into', 'got access', 'has access', 'changed my password', 'changed the password', 'using my account', 'used my account', 'in my account'], within_words: 6 },
      { any: ['login', 'logged in', 'logged into', 'log-in', 'sign-in', 'signed in', 'access', 'accessed', 'session'], with_any: ['another country', 'other country', 'different country', 'foreign country', 'unknown location', 'unknown device', 'unrecognized device', 'unrecognised device', 'strange location', 'unknown ip', "wasn't me", 'was not me', 'not me'], within_words: 8 },
      { any: ["didn't", 'did not', 'never'], with_any: ['authorize', 'authorise', 'authorized', 'authorised'], within_words: 2 },
      { any: ['password reset', 'reset email', 'reset link', 'verification code', 'login code', 'security code', '2fa code', 'one-time code'], with_any: ["didn't request", 'did not request', 'never requested', "didn't ask for", 'did not ask for', 'never asked for', 'not requested'], within_words: 8 },
      { any: ['login', 'logins', 'logged in', 'sign-in', 'signed in', 'access', 'session'], with_any: ['from abroad', 'from overseas', 'foreign ip', 'russia', 'china', 'brazil', 'nigeria', "don't recognize", 'do not recognize', "don't recognise", 'unfamiliar', 'unknown ip address'], within_words: 6 },
      { any: ['stole', 'stolen', 'steal', 'stealing'], with_any: ['password', 'account', 'credentials', 'login', 'identity', 'data'], within_words: 4 },
      { any: ['changed', 'modified', 'reset', 'deleted'], with_any: ['without my permission', 'without permission', 'without my consent', 'without my knowledge', 'not by me', "wasn't me", 'by someone else'], within_words: 6 },
      { any: ['api key', 'api keys', 'token', 'tokens', 'credentials', 'secret key', 'passwords'], with_any: ['exposed', 'leaked', 'publicly', 'compromised', 'stolen'], within_words: 4 },
    ],
    billing: [
      'billing', 'bill', 'billed', 'invoice', 'charge', 'charged', 'overcharged', 'double charged', 'refund', 'payment', 'receipt',
      'subscription', 'credit card', 'pricing', 'price', 'vat', 'debited', 'paid', 'money back', 'direct debit', 'tax',
    ],
    bug: [
      'bug', 'broken', 'outage', down, 'error', 'crash', 'crashes', 'crashed', 'crashing', 'not working', "doesn't work", 'does not work',
      "isn't working", 'is not working', "aren't working", 'stopped working', "won't load", "doesn't load", 'not loading', 'glitch', 'blank page',
      'fails', 'failed', 'failing', 'white screen', 'shows the wrong', 'shows wrong', 'wrong data', 'incorrect data', 'does nothing', 'nothing happens',
      // Lost data is a product failure whoever writes about it (the priority list makes it P0).
      'data loss', 'lost data', dataLost,
    ],
    'churn-risk': [
      'cancel my subscription', 'cancel our subscription', 'cancel my account', 'cancel our account', 'cancel my plan', 'cancel our plan',
      'cancel the subscription', 'cancel subscription', 'cancel my membership', 'close my account', 'close our account', 'not renewing',
      'switching to', 'competitor', 'too expensive', 'terminate our contract', 'end our contract', 'cancel our contract',
    ],
    'feature-request': [
      'feature request', 'nice to have', 'suggestion', 'would be nice', 'would love', 'please add', 'could you add', 'can you add', 'wish',
      'roadmap', 'would be great if', 'would be helpful if', 'it would help if', 'add support for', 'add an option', 'is there a plan to',
      'are you planning', 'any plans to', 'we would like to have',
    ],
    performance: ['slow', 'slowly', 'lag', 'laggy', 'lagging', 'takes forever', 'timeout', 'timed out', 'performance', 'freezes', 'frozen', 'hangs', 'takes ages', 'loading forever', 'sluggish'],
    integration: ['integration', 'integrate', 'sync', 'syncing', 'synchronization', 'third-party', 'connector', 'import from', 'export to', 'plugin'],
    'how-to': [
      'how do i', 'how can i', 'how to', 'how do we', 'how can we', 'how does', 'how should i', 'where can i', 'where do i', 'where is the',
      'is it possible', 'can i', 'can we', 'is there a way', "what's the best way", 'what is the best way', 'guide', 'tutorial',
      'instructions', 'explain', 'quick question', 'question about', 'wondering',
    ],
    account: [
      'account', 'password', 'log in', 'login', 'sign in', 'email address', 'profile', 'two-factor', 'username', 'teammate', 'team member',
      'colleague', 'invite', 'user', 'seat', 'permission', 'role', 'reset password', 'locked',
    ],
    onboarding: ['getting started', 'get started', 'set up', 'setup', 'onboarding', 'trial', 'first time', 'new account', 'new here', 'just signed up'],
  },
  priority_keywords: {
    P0: [
      'outage', down, 'data loss', 'lost data', 'loss of data', 'breach', 'security incident', 'payment failed', 'payment failure',
      'service unavailable', 'completely unavailable', 'production is down',
      { any: cantLogIn, with_any: allUsers, within_words: 8 },
      { any: ['nobody', 'no one', 'noone', 'none of us', 'not a single user', 'none of our users'], with_any: ['can log in', 'can login', 'can sign in', 'can access', 'can use', 'can work', 'can get in', 'is able to', 'are able to', 'could log in', 'can open'], within_words: 6 },
      dataLost,
      { any: ['site', 'website', 'app', 'application', 'service', 'server', 'servers', 'platform', 'system', 'dashboard', 'api'], with_any: ['offline', 'unreachable', 'unavailable', 'not responding', 'not loading for anyone'], within_words: 3 },
      { any: ['nothing works', 'nothing is working', 'nothing loads', 'nothing is loading', 'everything is broken', 'everything is down', 'nothing opens'], with_any: [...allUsers, 'anyone', 'anybody', 'any of our'], within_words: 6 },
      { any: ["can't process", 'cannot process', 'unable to process', "can't accept", 'cannot accept', "can't take", 'cannot take'], with_any: ['payments', 'payment', 'orders', 'transactions', 'card payments'], within_words: 3 },
    ],
    P1: [
      'broken', 'not working', 'error', 'billing issue', 'billing error', 'billing mistake', 'double charged', 'double charge', 'charged twice',
      'billed twice', 'duplicate charge', 'duplicate payment', 'overcharged', 'wrong amount', 'incorrect amount', 'wrong invoice', 'incorrect invoice',
      'invoice is wrong', 'charged too much', 'blocking', 'blocked', "can't work", 'cannot work', 'stopped working', 'crash', 'crashes', 'crashed',
      { any: ['charged', 'billed', 'debited', 'paid', 'charge', 'payment', 'payments', 'charges'], with_any: ['twice', 'double', 'two times', 'duplicate', 'multiple times', 'three times'], within_words: 4 },
      { any: ['two', 'identical', 'duplicate', 'double', 'duplicated'], with_any: ['charges', 'payments', 'debits', 'transactions', 'invoices'], within_words: 2 },
      { any: ['charged', 'billed', 'invoiced', 'debited'], with_any: ['instead of', 'rather than', 'but we only', 'but we have', 'but i only', 'too much', 'too many', 'more than we', 'after i cancelled', 'after i canceled', 'after we cancelled', 'after we canceled', 'after cancelling', 'after canceling', 'although i cancelled', 'even though i cancelled', 'again'], within_words: 6 },
    ],
    P3: ['feature request', 'nice to have', 'suggestion', 'cosmetic', 'typo', 'minor issue', 'just wondering'],
  },
  phrases: {
    angry: [
      'unacceptable', 'ridiculous', 'furious', 'angry', 'outraged', 'disgusted', 'terrible', 'horrible', 'awful', 'worst', 'useless',
      'pathetic', 'fed up', 'sick of', 'waste of money', 'waste of time', 'never again',
    ],
    negative: [
      'frustrated', 'frustrating', 'disappointed', 'disappointing', 'annoyed', 'annoying', 'unhappy', 'not happy', 'still broken',
      'still not working', 'again and again', 'third time', 'no one replied', 'nobody replied',
    ],
    praise: [
      'thank you so much', 'thanks so much', 'love', 'awesome', 'amazing', 'great job', 'great support', 'excellent', 'fantastic',
      'perfect', 'you rock', 'life saver', 'lifesaver', 'well done', 'super helpful', 'very helpful',
    ],
    cancellation: [
      'cancel my subscription', 'cancel our subscription', 'cancel the subscription', 'cancel my account', 'cancel our account',
      'cancel my plan', 'cancel our plan', 'cancel subscription', 'cancel my membership', 'close my account', 'close our account',
      'not renewing', 'not going to renew', "won't be renewing", 'terminate our contract', 'end our contract', 'cancel our contract',
      // Stems join "cancellation" and "cancel": "How do I cancel a shift?" is no cancellation.
      { any: ['cancellation'], with_any: ['subscription', 'account', 'plan', 'contract', 'membership', 'confirm', 'request', 'please', 'service'], within_words: 3 },
    ],
    downgrade: ['downgrade', 'downgrading', 'cheaper plan', 'smaller plan', 'move to the free plan', 'switch to the free plan'],
    competitor: ['switching to', 'switch to another', 'moving to another', 'competitor', 'alternative to you', 'other provider'],
    refund: ['refund', 'refunded', 'money back', 'chargeback', 'reimburse'],
    failed_payment: ['payment failed', 'payment failure', 'failed payment', 'card declined', 'card was declined', 'payment was declined'],
    legal: ['lawyer', 'lawyers', 'legal', 'sue', 'suing', 'lawsuit', 'attorney', 'legal action', 'take you to court', 'solicitor'],
    ux_confusion: ['confusing', 'confused', 'unclear', "can't find", 'cannot find', 'hard to find', 'where is', 'not obvious'],
  },
  sentiment: {
    angry: [
      'outrageous', 'disgrace', 'disgraceful', 'scam', 'incompetent', 'joke', 'rip-off', 'ripoff', 'livid', 'sick and tired', 'had enough',
      'shame on you', 'how dare', 'what the hell', 'wtf', 'insane', 'absurd', 'fraud', 'garbage', 'trash', 'crap',
    ],
    frustrated: [
      'upset', 'tired of', 'still waiting', 'still not', 'yet again', 'once again', 'keeps happening', 'no response', 'no reply',
      'nobody answered', 'no one answered', 'for days', 'for weeks', 'not acceptable', 'hard to believe', 'fourth time',
      'not impressed', 'let down', 'bad experience', 'poor service', 'not good enough', 'annoyance', 'inconvenience', 'struggling',
    ],
    positive: [
      'great', 'thanks a lot', 'thank you very much', 'happy', 'appreciate', 'appreciated', 'works now', 'working now', 'brilliant',
      'wonderful', 'glad', 'delighted', 'impressed', 'nice work', 'good job', 'problem solved', 'all good now',
    ],
    negations: ['not', 'no', 'never', "don't", "doesn't", "isn't", "wasn't", "aren't", "can't", 'cannot', 'hardly', 'nothing'],
  },
  stop_words: [],
};

const nichtMehr = ['nicht', 'nicht mehr', 'gar nicht', 'überhaupt nicht', 'leider nicht', 'immer noch nicht', 'noch immer nicht'];

/** German: the same playbook words as customers write them in German. */
export const germanLists: LanguageLists = {
  keywords: {
    security: [
      // Snowball cuts "Sicherheit" to "sich": only compounds that name an incident count.
      'sicherheitslücke', 'sicherheitsproblem', 'sicherheitsvorfall', 'sicherheitswarnung', 'sicherheitsrisiko', 'sicherheitsbedenken', 'gehackt', 'hacker', 'hackerangriff', 'phishing',
      'unbefugt', 'unbefugter zugriff', 'unberechtigter zugriff', 'unberechtigt', 'fremder zugriff', 'verdächtige anmeldung',
      'verdächtiger login', 'verdächtige aktivität', 'verdächtige aktivitäten', 'kompromittiert', 'datenleck', 'datenpanne', 'geleakt',
      'schadsoftware', 'trojaner', 'identitätsdiebstahl', 'passwort gestohlen', 'zugangsdaten gestohlen', 'nicht autorisiert',
      { any: ['jemand', 'jemandem', 'fremder', 'fremde', 'unbekannter', 'unbekannte', 'dritte', 'ein anderer'], with_any: ['angemeldet', 'eingeloggt', 'zugegriffen', 'zugriff', 'passwort geändert', 'kennwort geändert', 'in mein konto', 'auf mein konto', 'mein konto benutzt', 'meinen account'], within_words: 8 },
      { any: ['anmeldung', 'anmeldungen', 'login', 'logins', 'zugriff', 'eingeloggt', 'angemeldet', 'sitzung'], with_any: ['aus dem ausland', 'anderen land', 'anderem land', 'fremden land', 'unbekannten gerät', 'unbekanntem gerät', 'unbekannten ort', 'unbekanntem ort', 'fremden gerät', 'fremdem gerät', 'unbekannten ip', 'war nicht ich', 'nicht ich', 'aus russland', 'aus china', 'aus brasilien', 'nicht erkenne', 'nicht kenne'], within_words: 8 },
      { any: ['passwort zurücksetzen', 'zurücksetzen des passworts', 'passwort-zurücksetzen', 'bestätigungscode', 'sicherheitscode', 'anmeldecode', 'code'], with_any: ['nicht angefordert', 'nie angefordert', 'nicht beantragt', 'nicht angefragt'], within_words: 8 },
      { any: ['gestohlen', 'geklaut', 'stehlen'], with_any: ['passwort', 'kennwort', 'konto', 'zugangsdaten', 'identität', 'daten'], within_words: 5 },
      { any: ['geändert', 'gelöscht', 'zurückgesetzt'], with_any: ['ohne meine zustimmung', 'ohne zustimmung', 'ohne mein wissen', 'ohne meine erlaubnis', 'nicht von mir', 'war ich nicht', 'von jemand anderem'], within_words: 6 },
      { any: ['api-schlüssel', 'api-key', 'token', 'zugangsdaten', 'passwörter'], with_any: ['öffentlich', 'geleakt', 'kompromittiert', 'gestohlen', 'offengelegt'], within_words: 4 },
    ],
    billing: [
      'abrechnung', 'rechnung', 'abbuchung', 'abbuchen', 'abgebucht', 'belastet', 'belastung', 'lastschrift', 'zahlung', 'bezahlt', 'bezahlen',
      'gezahlt', 'erstattung', 'rückerstattung', 'geld zurück', 'gutschrift', 'preis', 'preise', 'kosten', 'abo', 'abonnement', 'kreditkarte',
      'mehrwertsteuer', 'mwst', 'ust', 'tarif', 'quittung', 'beleg', 'berechnet', 'bankeinzug', 'kontoauszug', 'abgezogen', 'abziehen', 'geld',
    ],
    bug: [
      'fehler', 'fehlermeldung', 'kaputt', 'defekt', 'absturz', 'abgestürzt', 'stürzt ab', 'stürzt immer ab', 'ausfall', 'ausgefallen',
      'störung', 'nicht erreichbar', 'leere seite', 'weiße seite', 'fehlgeschlagen', 'schlägt fehl', 'geht nicht', 'geht nicht mehr',
      'klappt nicht', 'bug', 'tut sich nichts', 'passiert nichts', 'falsch angezeigt', 'zeigt falsche', 'datenverlust', datenVerloren,
      { any: ['funktioniert', 'funktionieren', 'lädt', 'laden', 'startet', 'öffnet', 'läuft', 'klappt', 'reagiert'], with_any: nichtMehr, within_words: 3 },
    ],
    'churn-risk': [
      'kündigen', 'kündigung', 'gekündigt', 'vertrag beenden', 'konto schließen', 'abo beenden', 'nicht verlängern', 'wechseln zu',
      'zur konkurrenz', 'konkurrenz', 'zu teuer', 'anbieter wechseln', 'konto löschen',
    ],
    'feature-request': [
      'funktionswunsch', 'featurewunsch', 'feature request', 'vorschlag', 'verbesserungsvorschlag', 'wäre schön', 'wäre toll', 'wäre super',
      'wäre praktisch', 'wäre hilfreich', 'wäre es möglich', 'würde mir wünschen', 'wünschen uns', 'wünsche mir', 'wunsch', 'anregung',
      'bitte fügt', 'bitte ergänzt', 'plant ihr', 'planen sie', 'gibt es pläne', 'roadmap',
    ],
    performance: [
      'langsam', 'lahm', 'träge', 'dauert ewig', 'dauert sehr lange', 'dauert lange', 'ladezeit', 'ladezeiten', 'zeitüberschreitung',
      'hängt sich auf', 'hängt fest', 'bleibt hängen', 'friert ein', 'eingefroren', 'ruckelt', 'verzögerung', 'verzögert', 'performance', 'leistung', 'lädt ewig',
    ],
    integration: ['integration', 'schnittstelle', 'anbindung', 'synchronisation', 'synchronisierung', 'synchronisiert', 'abgleich', 'import aus', 'export nach', 'verknüpfung', 'plugin'],
    'how-to': [
      'wie kann ich', 'wie können wir', 'wie füge ich', 'wie ändere ich', 'wie lege ich', 'wie richte ich', 'wie funktioniert', 'wie geht',
      'wo finde ich', 'wo kann ich', 'wo stelle ich', 'ist es möglich', 'gibt es eine möglichkeit', 'lässt sich', 'anleitung',
      'kurze frage', 'frage zu', 'eine frage', 'wie mache ich', 'wie stelle ich', 'wie bekomme ich', 'was muss ich tun',
      { any: ['wie'], with_any: ['ich', 'man', 'wir'], within_words: 2 },
    ],
    account: [
      'konto', 'konten', 'benutzerkonto', 'kundenkonto', 'passwort', 'kennwort', 'anmelden', 'anmeldung', 'einloggen', 'zugang', 'zugangsdaten',
      'benutzername', 'e-mail-adresse', 'profil', 'zwei-faktor', 'gesperrt', 'kollege', 'kollegin', 'teammitglied', 'mitarbeiter',
      'benutzer', 'nutzer', 'einladen', 'einladung', 'berechtigung', 'berechtigungen', 'rechte', 'rolle', 'passwort zurücksetzen',
    ],
    onboarding: ['erste schritte', 'einrichten', 'einrichtung', 'testphase', 'testversion', 'probezeit', 'neu hier', 'neues konto', 'loslegen', 'gerade registriert'],
  },
  priority_keywords: {
    P0: [
      'ausfall', 'totalausfall', 'komplett ausgefallen', 'alles ausgefallen', 'datenverlust', 'datenleck', 'datenpanne', 'sicherheitsvorfall',
      'zahlung fehlgeschlagen', 'zahlungen fehlgeschlagen', 'server down', 'system down', 'seite ist down', 'nicht erreichbar',
      datenVerloren,
      { any: ['niemand', 'keiner', 'keine', 'keiner von uns', 'kein mitarbeiter', 'kein nutzer', 'kein benutzer'], with_any: ['anmelden', 'einloggen', 'login', 'zugreifen', 'arbeiten', 'rein', 'zugriff', 'öffnen', 'nutzen'], within_words: 6, unless_any: ['keine ahnung', 'keine antwort'] },
      { any: ['alle', 'alle nutzer', 'alle benutzer', 'alle mitarbeiter', 'alle kollegen', 'ganze team', 'gesamte team', 'ganze firma', 'gesamte firma', 'das ganze büro', 'alle accounts', 'alle konten', 'wir alle'], with_any: ['nicht anmelden', 'nicht einloggen', 'nicht mehr anmelden', 'nicht mehr einloggen', 'kein zugriff', 'keinen zugriff', 'nicht arbeiten', 'nicht zugreifen', 'nicht mehr zugreifen', 'nicht mehr arbeiten', 'ausgesperrt', 'gesperrt', 'kommt nicht mehr', 'kommen nicht mehr', 'kommt nicht rein', 'kommen nicht rein', 'nicht ins system', 'nicht verfügbar'], within_words: 8 },
      { any: ['seite', 'website', 'webseite', 'app', 'anwendung', 'dienst', 'service', 'server', 'plattform', 'system', 'portal'], with_any: ['offline', 'down', 'nicht erreichbar', 'ausgefallen', 'komplett weg', 'nicht verfügbar'], within_words: 4 },
      { any: ['nichts funktioniert', 'nichts geht', 'nichts lädt', 'alles kaputt', 'alles ist down'], with_any: ['alle', 'niemand', 'niemanden', 'niemandem', 'keiner', 'ganze team', 'gesamte team', 'ganze firma', 'bei uns allen'], within_words: 6 },
      { any: ['können keine', 'kann keine', 'keine zahlungen', 'keine bestellungen'], with_any: ['zahlungen annehmen', 'zahlungen verarbeiten', 'zahlungen entgegennehmen', 'bestellungen annehmen', 'mehr annehmen', 'verarbeitet'], within_words: 4 },
    ],
    P1: [
      'fehler', 'kaputt', 'geht nicht', 'geht nicht mehr', 'klappt nicht', 'fehlermeldung', 'abrechnungsfehler', 'doppelt abgebucht',
      'zweimal abgebucht', 'doppelt berechnet', 'doppelte abbuchung', 'doppelte zahlung', 'doppelte rechnung', 'falsche rechnung',
      'rechnung ist falsch', 'rechnung falsch', 'falscher betrag', 'zu viel berechnet', 'zu viel abgebucht', 'zu hoher betrag', 'blockiert',
      'können nicht arbeiten', 'kann nicht arbeiten', 'stürzt ab', 'absturz', 'abgestürzt',
      { any: ['funktioniert', 'funktionieren', 'lädt', 'startet', 'öffnet', 'läuft', 'klappt'], with_any: nichtMehr, within_words: 3 },
      { any: ['doppelt', 'zweimal', 'zwei mal', 'mehrfach', 'mehrmals', 'dreimal'], with_any: ['abgebucht', 'abbuchung', 'abbuchungen', 'berechnet', 'belastet', 'bezahlt', 'gezahlt', 'abgerechnet', 'rechnung', 'zahlung', 'lastschrift', 'eingezogen', 'abgezogen', 'abziehen'], within_words: 4 },
      { any: ['zwei', 'doppelte', 'identische', 'gleiche', 'doppelten'], with_any: ['abbuchungen', 'abbuchung', 'zahlungen', 'belastungen', 'lastschriften', 'buchungen', 'rechnungen'], within_words: 2 },
      { any: ['berechnet', 'abgerechnet', 'abgebucht', 'in rechnung gestellt', 'berechnen'], with_any: ['statt', 'anstatt', 'anstelle', 'zu viel', 'zu viele', 'mehr als', 'obwohl wir nur', 'obwohl ich gekündigt', 'nach der kündigung', 'trotz kündigung'], within_words: 6 },
    ],
    P3: ['funktionswunsch', 'verbesserungsvorschlag', 'vorschlag', 'wäre schön', 'wäre nett', 'kosmetisch', 'tippfehler', 'kleinigkeit', 'nur eine frage'],
  },
  phrases: {
    angry: [
      'unverschämt', 'unverschämtheit', 'frechheit', 'inakzeptabel', 'unakzeptabel', 'lächerlich', 'katastrophe', 'katastrophal', 'skandal',
      'skandalös', 'wütend', 'stinksauer', 'verärgert', 'zumutung', 'abzocke', 'unfähig', 'schlechteste', 'nie wieder', 'mir reicht',
      'reicht mir', 'es reicht', 'geldverschwendung', 'zeitverschwendung',
    ],
    negative: [
      'frustriert', 'frustrierend', 'enttäuscht', 'enttäuschend', 'genervt', 'nervig', 'ärgerlich', 'unzufrieden', 'nicht zufrieden',
      'immer noch nicht', 'schon wieder', 'zum dritten mal', 'keine antwort', 'niemand antwortet', 'niemand meldet sich', 'warte seit',
    ],
    praise: [
      'hervorragend', 'ausgezeichnet', 'großartig', 'spitze', 'sehr hilfreich', 'gute arbeit', 'begeistert', 'super service', 'toller service',
      'toller support', 'super support', 'klasse',
      { any: ['vielen dank', 'herzlichen dank', 'danke', 'tausend dank'], with_any: ['schnelle', 'schnell', 'gelöst', 'geklappt', 'funktioniert jetzt', 'super', 'toll', 'tolle'], unless_any: ['im voraus', 'vorab'] },
    ],
    cancellation: [
      'kündigen', 'kündigung', 'gekündigt', 'abo kündigen', 'vertrag kündigen', 'konto kündigen', 'konto schließen', 'nicht verlängern',
      'vertrag beenden', 'kündigungsbestätigung', 'abo beenden',
    ],
    downgrade: ['downgrade', 'günstigeren tarif', 'kleineren tarif', 'kleineres paket', 'herabstufen', 'kostenlosen tarif'],
    competitor: ['wechseln zu', 'wechsel zu', 'zur konkurrenz', 'konkurrenz', 'anderen anbieter', 'alternative zu euch'],
    refund: ['erstattung', 'rückerstattung', 'erstatten', 'zurückerstatten', 'geld zurück', 'gutschrift', 'rückbuchung', 'zurückbuchen'],
    failed_payment: ['zahlung fehlgeschlagen', 'zahlung abgelehnt', 'karte abgelehnt', 'kreditkarte abgelehnt', 'lastschrift zurückgegangen', 'abbuchung fehlgeschlagen'],
    legal: ['anwalt', 'anwältin', 'rechtsanwalt', 'rechtsanwältin', 'anwälte', 'klage', 'verklagen', 'gericht', 'rechtliche schritte', 'juristisch', 'abmahnung', 'rechtsabteilung', 'anwaltlich'],
    ux_confusion: ['verwirrend', 'unübersichtlich', 'unklar', 'finde nicht', 'kann nicht finden', 'nicht zu finden', 'wo ist', 'nicht ersichtlich', 'verstehe nicht'],
  },
  sentiment: {
    angry: ['empörend', 'dreist', 'lachhaft', 'ein witz', 'unfassbar', 'verdammt', 'mist', 'schwachsinn', 'betrug', 'sauer', 'reicht jetzt'],
    frustrated: [
      'nervt', 'ärgert', 'schade', 'mühsam', 'umständlich', 'wieder nicht', 'seit tagen', 'seit wochen', 'noch immer', 'immer wieder',
      'zum wiederholten mal', 'keine rückmeldung', 'warten seit', 'unmöglich', 'nicht akzeptabel', 'schlechter service', 'schlechter support',
    ],
    positive: [
      'zufrieden', 'froh', 'freue mich', 'gefällt', 'klappt jetzt', 'funktioniert jetzt', 'wunderbar', 'genial', 'toll', 'super', 'perfekt',
      'prima', 'gelöst', 'hilfreich', 'danke für die schnelle',
    ],
    negations: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'nichts', 'kaum'],
  },
  stop_words: [],
};

/** The shipped lists by language code. */
export const shippedLanguages: Readonly<Record<string, LanguageLists>> = { en: englishLists, de: germanLists };

/** Lists for every language (loan words and names that read the same in any language). */
export const everyLanguageKeywords: Record<string, PhraseRule[]> = {
  billing: ['paypal', 'sepa', 'iban', 'stripe'],
  bug: ['bug', 'bugs', 'crash', 'error', 'http 500', 'error 500', '404'],
  integration: ['api', 'webhook', 'webhooks', 'zapier', 'sync', 'oauth', 'saml', 'slack', 'salesforce', 'hubspot', 'csv import'],
  account: ['login', 'log-in', 'account', 'two-factor', '2fa'],
  performance: ['timeout', 'performance'],
};

/** Priority words for every language. */
export const everyLanguagePriorityKeywords: Partial<Record<'P0' | 'P1' | 'P2' | 'P3', PhraseRule[]>> = {
  P0: ['outage', down],
};
