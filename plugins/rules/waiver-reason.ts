/**
 * @rule waiver-reason
 * A waiver — `{/* kb-disable rule-id -- reason *\/}` for the next block, or
 * `{/* kb-disable-file rule-id -- reason *\/}` for the whole file — names
 * known rules and gives a reason after `--`. A waiver that silences nothing
 * is a warning.
 *
 * Why: a waiver is a decision someone must be able to review later; without
 * a reason it is just a hidden error.
 *
 * @example ok
 * ```mdx
 * {/* kb-disable maximum-steps -- the bank's form has 8 fields and they must be filled in order *\/}
 * 1. One
 * 2. Two
 * 3. Three
 * 4. Four
 * 5. Five
 * 6. Six
 * 7. Seven
 * 8. Eight
 * ```
 *
 * @example not-ok
 * ```mdx
 * {/* kb-disable maximum-steps *\/}
 * 1. One
 * ```
 * @expect 1:1 Waiver for maximum-steps has no reason: add one after "--", like {/* kb-disable maximum-steps -- why this is fine *\/}
 */
export {};
