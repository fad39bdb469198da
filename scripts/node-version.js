// The Node version `kb` needs, checked before anything else runs. Plain
// JavaScript with no imports, so even an old Node can load it and say what
// to install instead of failing on a flag or a syntax it does not know.

/** The oldest Node that runs the project (Astro 7 and TypeScript type stripping). */
export const REQUIRED_NODE = '22.12.0';

/**
 * The message to print when `version` (like "20.20.2" or "v20.20.2") is too
 * old, or undefined when it will do.
 * @param {string} version
 * @param {string} [executable]
 * @returns {string | undefined}
 */
export function nodeVersionProblem(version, executable) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor = 0, needMinor = 0] = REQUIRED_NODE.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return [
    `kb needs Node.js ${REQUIRED_NODE.replace(/\.0$/, '')} or newer; this is Node.js ${version.replace(/^v/, '')}${executable ? ` (${executable})` : ''}.`,
    'Install a current one, then run the command again:',
    '  - with nvm:  nvm install 24 && nvm use 24',
    '  - with fnm:  fnm install 24 && fnm use 24',
    '  - or download it from https://nodejs.org/en/download (or your system\'s package manager: Node 22 LTS or 24 LTS).',
  ].join('\n');
}
