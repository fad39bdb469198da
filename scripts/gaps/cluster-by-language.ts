/**
 * Topics in every language: texts are grouped by their detected language
 * and each group is clustered with that language's stop words and stemmer
 * (`support.languages.<code>.stop_words` on top of the standard ones), so
 * German tickets form German topics named in German ("rechnung
 * herunterladen", not "ich zu und") and never mix with English ones.
 * Each topic carries its language.
 */
import type { SupportSettings } from '../../plugins/config/support-config.ts';
import { createLanguageDetector } from '../../plugins/text/detect-language.ts';
import { tokenize } from '../../plugins/text/tokenize.ts';
import { clusterTexts, type ClusterItem, type ClusterOptions, type TopicCluster } from './cluster-topics.ts';

/** The languages a team works in, from `support.languages`. */
export interface TeamLanguages {
  /** ISO 639-1 codes, the default first. */
  codes: readonly string[];
  /** Extra stop words per language. */
  stopWords: Readonly<Record<string, readonly string[]>>;
}

/** The team's languages of a support configuration. */
export function teamLanguages(support: Pick<SupportSettings, 'languages' | 'default_language'>): TeamLanguages {
  const codes = [support.default_language, ...Object.keys(support.languages).filter((c) => c !== support.default_language)];
  return { codes, stopWords: Object.fromEntries(codes.map((c) => [c, support.languages[c]?.stop_words ?? []])) };
}

/** English only: what callers without a support configuration get. */
export const englishOnly: TeamLanguages = { codes: ['en'], stopWords: {} };

/** The language of each text, by id; texts in a language the team does not list count as the default one. */
export function languagesOf(items: readonly ClusterItem[], team: TeamLanguages): Map<string, string> {
  const out = new Map<string, string>();
  if (team.codes.length <= 1) {
    for (const item of items) out.set(item.id, team.codes[0] ?? 'en');
    return out;
  }
  const detector = createLanguageDetector({ languages: team.codes });
  for (const item of items) {
    const language = detector.detect(item.text, tokenize(item.text)).language;
    out.set(item.id, team.codes.includes(language) ? language : team.codes[0]!);
  }
  return out;
}

/** Clusters each language's texts on its own; topics largest first (ties: the order of their first text). */
export function clusterByLanguage(items: readonly ClusterItem[], team: TeamLanguages, options: ClusterOptions = {}, known?: ReadonlyMap<string, string>): TopicCluster[] {
  const language = known ?? languagesOf(items, team);
  const groups = new Map<string, ClusterItem[]>();
  for (const item of items) {
    const code = language.get(item.id) ?? team.codes[0] ?? 'en';
    let group = groups.get(code);
    if (!group) groups.set(code, (group = []));
    group.push(item);
  }
  const topics: TopicCluster[] = [];
  for (const [code, group] of groups) {
    const stopWords = [...(options.stopWords ?? []), ...(team.stopWords[code] ?? [])];
    for (const topic of clusterTexts(group, { ...options, stopWords, language: code })) topics.push({ ...topic, language: code });
  }
  const first = new Map(items.map((item, i) => [item.id, i] as const));
  return topics.sort((a, b) => b.ids.length - a.ids.length || first.get(a.ids[0]!)! - first.get(b.ids[0]!)!);
}
