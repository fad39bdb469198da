/**
 * Wraps a rule's check into a unified plugin that knows its id and reads its
 * severity from the configuration at run time, so one preset serves the
 * CLI, the build gate and the editor.
 */
import type { Root } from 'mdast';
import type { Node, Point, Position } from 'unist';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Severity } from '../config/lint-config.ts';
import type { RuleId } from '../rules/rule-ids.ts';
import { kbContext, type KbContext } from './kb-context.ts';

export type Place = Node | Position | Point | undefined;

export interface RuleContext extends KbContext {
  /** Reports a problem; `severity` overrides the configured one (e.g. a hint next to an error). */
  report(reason: string, place?: Place, severity?: Exclude<Severity, 'off'>): void;
  severity: Exclude<Severity, 'off'>;
  file: VFile;
}

export type RuleCheck = (tree: Root, ctx: RuleContext) => void;

function toPlace(place: Place): Position | Point | undefined {
  if (!place) return undefined;
  if ('type' in place) return place.position;
  return place;
}

/** Adds a message with the rule's id and the given severity to a file. */
export function addMessage(file: VFile, id: RuleId, severity: Exclude<Severity, 'off'>, reason: string, place?: Place): void {
  const message = file.message(reason, { place: toPlace(place), ruleId: id, source: 'kb' });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

/** Creates a rule plugin. */
export function defineRule(id: RuleId, check: RuleCheck): Plugin<[], Root> {
  const plugin: Plugin<[], Root> = function () {
    return function (tree, file) {
      const kb = kbContext(file);
      const configured = kb.config.rules[id];
      if (configured === 'off') return;
      const ctx: RuleContext = Object.assign(Object.create(kb) as KbContext, {
        severity: configured,
        file,
        report(reason: string, place?: Place, severity = configured) {
          addMessage(file, id, severity, reason, place);
        },
      });
      check(tree, ctx);
    };
  };
  Object.defineProperty(plugin, 'name', { value: id });
  return plugin;
}
