/**
 * The whole linter as one remark preset: MDX, GFM and frontmatter syntax,
 * the prepare step, every rule, then waivers. The CLI, the build gate and
 * `.remarkrc.mjs` (editors) all use this, so they report the same messages.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Plugin } from 'unified';
import { rulePlugins } from '../rules/index.ts';
import { kbPrepare, type KbPrepareOptions } from './kb-prepare.ts';
import { kbWaivers } from './waivers.ts';

export const remarkKb: Plugin<[KbPrepareOptions?], Root> = function (options = {}) {
  this.use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(kbPrepare, options);
  for (const rule of rulePlugins) this.use(rule);
  this.use(kbWaivers);
};

export default remarkKb;
