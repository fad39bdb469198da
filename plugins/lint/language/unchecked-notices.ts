/**
 * What a lint run could not check for the languages of the articles it
 * read: one line per language, said once per run rather than once per
 * article, so a German help center is told plainly that passive voice is
 * not checked in German instead of silently passing.
 */
import type { KbConfig } from '../../config/kb-config-schema.ts';
import { languageName } from '../../locale/language-codes.ts';
import type { MessageSeverity } from '../lint-message.ts';
import type { LintLanguage } from './lint-language.ts';

/** One line per language that leaves a turned-on check out, sorted by code. */
export function uncheckedNotices(codes: Iterable<string>, languageOf: (code: string) => LintLanguage, config: KbConfig): string[] {
  const on = (rule: keyof KbConfig['rules']) => (config.rules[rule] as MessageSeverity | 'off') !== 'off';
  const base = config.site.language.slice(0, 2);
  const notices: string[] = [];
  for (const code of [...new Set(codes)].sort()) {
    const language = languageOf(code);
    const left: string[] = [];
    if (on('passive-voice') && !language.passives) left.push('passive-voice (no maintained passive-voice library for the language)');
    if (on('title-style') && !language.isActionPhrase) left.push('the action-phrase test of title-style (no maintained part-of-speech tagger; punctuation and vocabulary are checked)');
    if (on('no-jargon') && code !== base && config.jargon.length > 0) left.push('the jargon list of no-jargon (its replacements are written in the default language; vocabulary spellings are checked)');
    if (left.length === 0) continue;
    notices.push(`Not checked in ${languageName(code)} (${code}) articles: ${left.join('; ')}.`);
  }
  return notices;
}
