package quiz

import (
	"strings"
	"testing"
)

// These tests come from the thirty-first round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestHeOpeningAfterAHorse: after "Ballyvale Storm, ridden by Cathal Brennan,
// ran on stoutly", a "He" that opens the next sentence is the horse,
// never its rider, in the coreference stage as in the question stems.
func TestHeOpeningAfterAHorse(t *testing.T) {
	an := analyseArticle(t, `Copper Lantern wins the Gold Cup at 16-1

Copper Lantern, an eight-year-old gelding, won the Gold Cup at Cheltenham on Friday under the jockey Darragh Foley.

Ballyvale Storm, ridden by Cathal Brennan, ran on stoutly after the last fence.

He finished four lengths behind the winner.`)
	wantMentionOf(t, an, 2, "He", "")
}

// TestStakesIsARace: "the King George and Queen Elizabeth Stakes" is a
// race, so "Queen Elizabeth Stakes" after the "and" is never a woman
// offered beside the trainers.
func TestStakesIsARace(t *testing.T) {
	const text = `Harbour Lights lands the Coronation Cup at Epsom

Harbour Lights, a 9-2 shot trained in Newmarket by Charlotte Venn, won the Coronation Cup at Epsom on Friday.

The colt was ridden by Sean Cullinane, who rode a patient race and led only inside the final furlong.

"She has run a huge race," said Jean-Luc Ferrand, who trains the runner-up in Chantilly.

Venn said the King George and Queen Elizabeth Stakes at Ascot in July was now a possible target for the colt.

"He has earned a break first," Venn said.`
	an := analyseArticle(t, text)
	for _, e := range an.ents {
		if e.typ == ePerson && strings.Contains(e.name, "Stakes") {
			t.Errorf("%q taken for a person", e.name)
		}
	}
}

// TestHeAfterAHorseInApposition: a "He" after "The favourite, the
// Brogan-trained Celestial Crown, raced keenly under Marcus Holloway" or
// after "Ridden by Sean Cullinane, the four-year-old colt was held up" is
// the horse, never the jockey named beside it.
func TestHeAfterAHorseInApposition(t *testing.T) {
	an := analyseArticle(t, `Harbour Lights wins the Prince of Wales's Stakes

Harbour Lights, a 9-2 shot trained in Newmarket by Charlotte Venn, won the Prince of Wales's Stakes at Royal Ascot on Wednesday.

Ridden by the Irish jockey Sean Cullinane, the four-year-old colt was held up towards the rear of the field.

He crossed the line two lengths clear of the French filly Tarantella Rose.

The favourite, the Aidan Brogan-trained Celestial Crown, raced keenly early under the champion jockey Marcus Holloway.

He finished almost five lengths behind the winner.`)
	wantMentionOf(t, an, 2, "He", "")
	wantMentionOf(t, an, 4, "He", "")
}
