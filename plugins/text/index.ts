export { foldText } from './fold-text.ts';
export { tokenize } from './tokenize.ts';
export { stem } from './stem.ts';
export { stopWordsFor, supportStopWords } from './stop-words.ts';
