// Editor integration: the remark language server (the VS Code "remark"
// extension, or `kb language-server --stdio`) and `npx remark` load this file,
// so writers see the same kb lint messages while typing. The preset finds
// content/kb.config.yaml by walking up from the open file, checks only the
// articles under its articles/ folder, and never reformats a file.
// Needs Node 22.18+ (it imports the TypeScript sources directly).
import remarkKb from './plugins/lint/remark-kb.ts';

export default {
  plugins: [[remarkKb, {}]],
};
