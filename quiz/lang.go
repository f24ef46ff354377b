package quiz

import "strings"

// ErrNotEnglish reports an article that is not in English.
var ErrNotEnglish error = &InputError{Problem: "Storyquiz reads English articles for now"}

// englishFunctionWords are the commonest words of English prose; any
// English news article uses many of them.
var englishFunctionWords = wordSet(`the of and to a in is was that for on with he she it as at by from his her have has are were be
	this said they but an not which who their will had been would`)

// checkEnglish refuses text that is not English: the engine's word lists,
// clause rules and question templates are English, so another language would
// give a quiz of nonsense.
//
// Design note: another language plugs in as a second set of the
// language-specific stages — its cleaning marks, sentence rules,
// function-word and title lists, clause patterns and question templates —
// chosen here by the detected language. The quiz model, validation, option
// balancing, ranking weights and exports are language-neutral and stay
// shared; checkEnglish would become a detector returning the stage set to
// use.
func checkEnglish(a *Article) error {
	words, hits := 0, 0
	for _, p := range a.Paragraphs {
		for _, s := range p {
			for _, f := range strings.Fields(strings.ToLower(s)) {
				f = strings.Trim(f, ".,;:!?\"'()")
				if f == "" {
					continue
				}
				words++
				if englishFunctionWords[f] {
					hits++
				}
			}
		}
	}
	if words >= 20 && hits*100 < words*12 {
		return ErrNotEnglish
	}
	return nil
}
