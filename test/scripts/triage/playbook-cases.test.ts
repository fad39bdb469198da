/**
 * The playbook's precedence rules (PLAYBOOK §2.1-2.4) on tickets written
 * the way customers write them, in English and German: security outranks
 * every category and means P0 and the security team; whole-team lock-outs,
 * outages and lost data are P0; double charges and billing errors are P1;
 * legal words flag legal; how-to and general questions with no impact are
 * P3. Each row is one ticket (subject | body), with the default config.
 */
import { describe, expect, it } from 'vitest';
import { triageTickets, type TriageResult } from '../../../scripts/triage/triage-tickets.ts';
import { supportConfig, ticket } from './support-fixtures.ts';

const support = supportConfig();
const NOW = Date.parse('2026-11-16T10:05:00Z');

function triage(text: string): TriageResult {
  const [subject, description = ''] = text.split(' | ');
  // A requester who wrote before, so "first how-to" does not send every question to onboarding.
  const earlier = ticket({ created_at: '2026-09-01T09:00:00Z', requester_id: 'known', subject: 'Earlier' });
  return triageTickets([earlier, ticket({ subject, description, requester_id: 'known' })], support, { now: NOW })[1]!;
}

describe('security outranks every category: P0, security team (English)', () => {
  it.each([
    'Account hacked? | Someone logged into my account from another country last night. I think my account was hacked.',
    'Suspicious login | I got an email about a login from an unknown device. It was not me.',
    'Please help | Somebody changed my password and now I cannot get into my account',
    'Phishing | We received a phishing email that looks exactly like your invoices',
    'Data leak | I think customer data leaked from your platform, our client found their records online',
    'Security issue | There is a security vulnerability in your login form, I can see other users’ data',
    'Unauthorized access | There was unauthorized access to our admin account this morning',
    'hacked | my account got hacked, all my shifts are deleted!!',
    'Strange activity | Someone else is using my account, I see logins from Brazil',
    'Charges I did not make | My account was compromised and someone bought a plan with my card',
  ])('%s', (text) => {
    const r = triage(text);
    expect(r.language).toBe('en');
    expect(r).toMatchObject({ category: 'security', priority: 'P0', route: 'security-team' });
  });
});

describe('Sicherheit geht vor: P0, Security-Team (Deutsch)', () => {
  it.each([
    'Konto gehackt | Mein Konto wurde gehackt, ich komme nicht mehr rein.',
    'Fremder Zugriff | Jemand hat sich aus dem Ausland in mein Konto eingeloggt. Das war nicht ich!',
    'Verdächtige Anmeldung | Ich habe eine Warnung über eine verdächtige Anmeldung von einem unbekannten Gerät bekommen.',
    'Phishing-Mail | Wir haben eine Phishing-Mail bekommen, die genau wie Ihre Rechnungen aussieht.',
    'Datenleck? | Ich glaube, es gibt ein Datenleck. Unsere Kundendaten tauchen im Internet auf.',
    'Sicherheitslücke | In Ihrem Login-Formular gibt es eine Sicherheitslücke.',
    'Passwort geändert | Jemand hat mein Passwort geändert und ich habe keinen Zugriff mehr auf mein Konto.',
    'Hacker | Ein Hacker hat unser Admin-Konto übernommen.',
    'Unbefugter Zugriff | Es gab heute Nacht einen unbefugten Zugriff auf unsere Daten.',
  ])('%s', (text) => {
    const r = triage(text);
    expect(r.language).toBe('de');
    expect(r).toMatchObject({ category: 'security', priority: 'P0', route: 'security-team' });
  });
});

describe('impact means P0, on call (English)', () => {
  it.each([
    'Nobody can log in | Nobody can log in since this morning',
    'Login down for everyone | None of us can log in, the whole team is locked out',
    'Urgent | All our users are unable to access the dashboard right now',
    'Site down | Your website is down, we get a 503 on every page',
    'Outage? | Is there an outage? The app does not load for anyone in our company',
    'Data gone | All our data is gone after yesterday’s update',
    'Lost our projects | We lost all our projects, the list is empty',
    'Deleted records | Thousands of records were deleted overnight, we did not do it',
    'Entire team blocked | The entire team cannot work, nothing loads',
    'Payments failing | Payment failed for every customer on our checkout today',
  ])('%s', (text) => {
    const r = triage(text);
    expect(r.language).toBe('en');
    expect(r.priority).toBe('P0');
    expect(r.route).toBe('on-call');
  });
});

describe('Ausfall und Datenverlust sind P0 (Deutsch)', () => {
  it.each([
    'Login geht nicht | Niemand in unserem Team kann sich anmelden.',
    'Keiner kommt rein | Keiner von uns kann sich seit heute Morgen einloggen.',
    'Dringend | Alle Mitarbeiter können sich nicht mehr anmelden, das ganze Büro steht still.',
    'Seite offline | Ihre Webseite ist nicht erreichbar, wir bekommen nur Fehler 503.',
    'Totalausfall | Seit 8 Uhr haben wir einen Totalausfall, nichts lädt.',
    'Daten weg | Alle unsere Daten sind weg nach dem Update gestern.',
    'Projekte gelöscht | Unsere Projekte wurden über Nacht gelöscht, wir haben nichts gemacht.',
    'Datenverlust | Wir haben einen Datenverlust, die Einträge der letzten Woche fehlen komplett.',
    'Server down | Der Server ist down, das ganze Team kann nicht arbeiten.',
  ])('%s', (text) => {
    const r = triage(text);
    expect(r.language).toBe('de');
    expect(r.priority).toBe('P0');
    expect(r.route).toBe('on-call');
  });
});

describe('legal words flag legal; with lost data it is P0', () => {
  it.each([
    ['en', 'P0', 'Lost data | My lawyer will be in touch about the data you lost'],
    ['en', 'P0', 'Formal complaint | Our attorney is preparing a lawsuit because our files were deleted by your system'],
    ['en', 'P2', 'Invoice dispute | We will take legal action if this invoice is not corrected'],
    ['en', 'P2', 'Contract | We are considering suing you over the contract terms'],
    ['de', 'P0', 'Datenverlust | Mein Anwalt wird sich wegen der verlorenen Daten bei Ihnen melden. Alle Daten sind gelöscht.'],
    ['de', 'P2', 'Rechnung | Wenn die Rechnung nicht korrigiert wird, gehen wir rechtliche Schritte ein.'],
    ['de', 'P2', 'Vertrag | Wir werden Sie verklagen, der Vertrag wurde nicht eingehalten.'],
  ])('%s %s: %s', (language, priority, text) => {
    const r = triage(text);
    expect(r.language).toBe(language);
    expect(r.priority).toBe(priority);
    expect(r.flags).toContain('legal');
    // Lost data is a product failure: category bug, on call.
    if (priority === 'P0') expect(r).toMatchObject({ category: 'bug', route: 'on-call' });
  });
});

describe('double charges and billing errors are P1', () => {
  it.each([
    ['en', 'Charged twice | I was charged twice for my subscription this month'],
    ['en', 'Double charge | There is a double charge on my credit card'],
    ['en', 'Wrong invoice | The invoice is wrong, you billed us for 40 seats but we have 12'],
    ['en', 'Billing error | I think there is a billing error on our last invoice'],
    ['en', 'Duplicate payment | My card shows two payments for the same invoice'],
    ['en', 'Overcharged | We were overcharged by $200 this month'],
    ['de', 'Doppelt abgebucht | Mir wurde doppelt abgebucht.'],
    ['de', 'Zweimal bezahlt | Sie haben den Betrag zweimal von meinem Konto abgebucht.'],
    ['de', 'Falsche Rechnung | Die Rechnung ist falsch, wir haben nur 12 Nutzer und nicht 40.'],
    ['de', 'Abbuchung | Die Lastschrift wurde diesen Monat mehrfach eingezogen.'],
    ['de', 'Zu viel berechnet | Sie haben uns zu viel berechnet, bitte korrigieren.'],
  ])('%s: %s', (language, text) => {
    const r = triage(text);
    expect(r.language).toBe(language);
    expect(r).toMatchObject({ category: 'billing', priority: 'P1' });
  });
});

describe('how-to and general questions with no impact are P3', () => {
  it.each([
    ['en', 'Teammate | How do I add a teammate?'],
    ['en', 'Question | How can I export my timesheets to Excel?'],
    ['en', 'Reports | Where can I find the monthly report?'],
    ['en', 'Question about roles | Is it possible to give a manager read-only access?'],
    ['en', 'Password | How do I change my password?'],
    ['en', 'Invoices | Where do I download my invoices?'],
    ['en', 'Quick question | Is there a way to print the weekly schedule?'],
    ['en', 'Hello | I have a general question about your plans.'],
    ['de', 'Kollegen | Wie füge ich einen Kollegen hinzu?'],
    ['de', 'Frage | Wie kann ich meine Zeiten nach Excel exportieren?'],
    ['de', 'Berichte | Wo finde ich den Monatsbericht?'],
    ['de', 'Passwort | Wie ändere ich mein Passwort?'],
    ['de', 'Rechnungen | Wo kann ich meine Rechnungen herunterladen?'],
    ['de', 'Kurze Frage | Gibt es eine Möglichkeit, den Wochenplan zu drucken?'],
    ['de', 'Frage zum Tarif | Ist es möglich, mitten im Monat den Tarif zu wechseln?'],
  ])('%s: %s', (language, text) => {
    const r = triage(text);
    expect(r.language).toBe(language);
    expect(r.priority).toBe('P3');
  });

  it('a how-to question is how-to, about its topic', () => {
    expect(triage('Teammate | How do I add a teammate?')).toMatchObject({ category: 'how-to', secondary: ['account'] });
    expect(triage('Kollegen | Wie füge ich einen Kollegen hinzu?')).toMatchObject({ category: 'how-to', secondary: ['account'] });
  });

  it.each([
    ['en', 'P1', 'Export | How do I fix the export? It shows an error every time'],
    ['en', 'P0', 'Login | How can I log in? Nobody on our team can log in'],
    ['de', 'P1', 'Export | Wie kann ich den Export reparieren? Es kommt immer eine Fehlermeldung'],
  ])('a question with impact keeps its urgency: %s %s', (_language, priority, text) => {
    expect(triage(text).priority).toBe(priority);
  });
});

describe('everyday problems keep P1/P2', () => {
  it.each([
    ['en', 'P1', 'bug', 'Export broken | The PDF export is broken since the update'],
    ['en', 'P1', 'bug', 'App crashes | The app crashes when I open the calendar'],
    ['en', 'P2', 'performance', 'Slow | The schedule page is very slow today'],
    ['en', 'P2', 'integration', 'Zapier | The Zapier integration stopped syncing shifts'],
    ['de', 'P1', 'bug', 'Export kaputt | Der PDF-Export funktioniert seit dem Update nicht mehr.'],
    ['de', 'P1', 'bug', 'Absturz | Die App stürzt ab, wenn ich den Kalender öffne.'],
    ['de', 'P2', 'performance', 'Langsam | Die Seite ist heute extrem langsam.'],
    ['de', 'P3', 'feature-request', 'Vorschlag | Es wäre schön, wenn man Schichten farbig markieren könnte.'],
    ['en', 'P3', 'feature-request', 'Idea | It would be great if we could colour shifts by role. Just a suggestion.'],
  ])('%s %s %s: %s', (language, priority, category, text) => {
    const r = triage(text);
    expect(r.language).toBe(language);
    expect(r).toMatchObject({ priority, category });
  });
});

/** Further phrasings of the same rules: expected priority, "security" when that is the category, "legal" when flagged. */
const morePhrasings: Array<[string, string]> = [
 ['P0 security', "I received a password reset email I didn't request"],
 ['P0 security', 'There is a login from Russia on my account'],
 ['P0 security', 'My account has been compromised'],
 ['P0 security', 'Someone is accessing my account without permission'],
 ['P0 security', 'I think someone stole my password'],
 ['P0 security', 'My email address was changed without my permission'],
 ['P0 security', 'Our API keys were exposed publicly'],
 ['P0 security', 'Ich habe eine Mail zum Zurücksetzen des Passworts bekommen, die ich nicht angefordert habe'],
 ['P0 security', 'Es gibt einen Login aus Russland in meinem Konto'],
 ['P0 security', 'Mein Account wurde kompromittiert'],
 ['P0 security', 'Jemand greift auf mein Konto zu'],
 ['P0 security', 'Jemand hat mein Passwort gestohlen'],
 ['P0 security', 'Meine E-Mail-Adresse wurde ohne meine Zustimmung geändert'],
 ['P0', "The whole company can't access the app"],
 ['P0', 'Our entire team is locked out'],
 ['P0', 'Service is unavailable for all users'],
 ['P0', 'The platform has been down for two hours'],
 ['P0', 'Nothing works for anyone in our office'],
 ['P0', 'All my files disappeared'],
 ['P0', 'Your update wiped our data'],
 ['P0', "We can't process any payments"],
 ['P0', 'Das gesamte Team kommt nicht mehr ins System'],
 ['P0', 'Der Dienst ist für alle Nutzer nicht verfügbar'],
 ['P0', 'Die Plattform ist seit zwei Stunden down'],
 ['P0', 'Alle meine Dateien sind verschwunden'],
 ['P0', 'Ihr Update hat unsere Daten gelöscht'],
 ['P0', 'Bei niemandem funktioniert die Anmeldung'],
 ['P0', 'Wir können uns alle nicht mehr einloggen'],
 ['P1', 'You charged me twice'],
 ['P1', 'I see two identical charges on my statement'],
 ['P1', 'I was billed two times this month'],
 ['P1', 'My invoice shows the wrong amount'],
 ['P1', 'You charged us for 20 users instead of 10'],
 ['P1', 'Why was I charged again after I cancelled?'],
 ['P1', 'Sie haben mir zweimal Geld abgezogen'],
 ['P1', 'Ich sehe zwei identische Abbuchungen'],
 ['P1', 'Auf meiner Rechnung steht der falsche Betrag'],
 ['P1', 'Sie haben uns 20 statt 10 Nutzer berechnet'],
 ['P3', 'Can I change the language of the app?'],
 ['P3', "What's the difference between the Pro and Business plans?"],
 ['P3', 'How does the export work?'],
 ['P3', 'Where do I set my time zone?'],
 ['P3', 'Kann ich die Sprache der App ändern?'],
 ['P3', 'Was ist der Unterschied zwischen Pro und Business?'],
 ['P3', 'Wie funktioniert der Export?'],
 ['P3', 'Wo stelle ich meine Zeitzone ein?'],
 ['P3', 'Wie lade ich neue Mitarbeiter ein?'],
 ['P0 legal', 'I will sue you for losing our data'],
 ['P0 legal', 'Unser Anwalt prüft rechtliche Schritte, weil Sie unsere Daten gelöscht haben'],
];

describe('more phrasings of the precedence rules, English and German', () => {
  it.each(morePhrasings)('%s: %s', (want, text) => {
    const r = triage(`Help | ${text}`);
    const got = `${r.priority}${r.category === 'security' ? ' security' : ''}${r.flags.includes('legal') ? ' legal' : ''}`;
    expect(got).toBe(want);
    if (r.category === 'security') expect(r.route).toBe('security-team');
  });
});

describe('sentiment per language', () => {
  it.each([
    ['angry', 'Unacceptable | This is unacceptable, the third outage this month. Ridiculous.'],
    ['angry', 'Still broken | STILL NOT WORKING after two weeks, nobody answered!!'],
    ['frustrated', 'Export | I am really frustrated, the export keeps failing'],
    ['frustrated', 'Waiting | Still waiting for an answer about my invoice'],
    ['frustrated', 'Meh | I am not happy with the new calendar'],
    ['positive', 'Thanks | Thank you so much, the new reports are great!'],
    ['neutral', 'Question | How do I add a teammate? Thanks in advance'],
    ['angry', 'Frechheit | Das ist eine Frechheit, schon wieder doppelt abgebucht!'],
    ['angry', 'Unverschämt | Ihr Support ist unverschämt und inakzeptabel.'],
    ['frustrated', 'Genervt | Ich bin echt genervt, der Export geht schon wieder nicht.'],
    ['frustrated', 'Zufrieden? | Mit dem neuen Kalender bin ich nicht zufrieden.'],
    ['positive', 'Danke | Vielen Dank für die schnelle Hilfe, jetzt klappt alles!'],
    ['neutral', 'Frage | Wie füge ich einen Kollegen hinzu? Vielen Dank im Voraus'],
  ])('%s: %s', (sentiment, text) => {
    expect(triage(text).sentiment).toBe(sentiment);
  });
});

describe('language', () => {
  it.each([
    ['en', 'Refund | refund please'],
    ['de', 'Passwort | Passwort vergessen'],
    ['de', 'Rechnung | Rechnung falsch'],
    ['en', 'Login | Login broken since update'],
    ['de', 'Login | Login geht seit dem Update nicht'],
  ])('short tickets: %s %s', (language, text) => {
    expect(triage(text).language).toBe(language);
  });

  it('a German ticket quoting an English error is German, and the English words count too', () => {
    const r = triage('Fehlermeldung | Hallo, seit dem Update bekomme ich beim Speichern immer diese Meldung: "Error: payment failed, please contact your administrator". Was soll ich tun?');
    expect(r.language).toBe('de');
    expect(r.priority).toBe('P0');
    expect(r.reasons.priority).toContain('payment failed');
  });

  it('an empty or one-word ticket gets the default language and a reason', () => {
    for (const text of ['', '?', 'Hi']) {
      const r = triage(text);
      expect(r.language).toBe('en');
      expect(r.reasons.language).toMatch(/too short or unclear/);
    }
  });

  it('routes on language and sentiment', () => {
    const custom = supportConfig(
      [
        'routing:',
        '  rules:',
        '    - { name: german-angry, when: { language: de, sentiment: [angry, frustrated] }, route: dach-senior }',
        '    - { name: german, when: { language: de }, route: dach-team }',
      ].join('\n'),
    );
    const run = (description: string) => triageTickets([ticket({ subject: 'Hallo', description })], custom, { now: NOW })[0]!;
    expect(run('Ich bin echt genervt, der Export geht schon wieder nicht.')).toMatchObject({ route: 'dach-senior' });
    expect(run('Wie füge ich einen Kollegen hinzu?')).toMatchObject({ route: 'dach-team' });
    expect(run('Wie füge ich einen Kollegen hinzu?').reasons.route).toBe('rule "german": language de');
    expect(run('How do I add a teammate?').route).toBe('support-queue');
  });
});
