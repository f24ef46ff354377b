package quiz

// The given names in firstnames.txt come from the npm package human-names
// 1.0.13 (github.com/AlessandroMinoccheri/human-names), under the MIT
// licence (names_gen.go writes the file):
//
// The MIT License (MIT). Copyright (c) 2015 Alessandro Minoccheri.
// Permission is hereby granted, free of charge, to any person obtaining a
// copy of this software and associated documentation files (the
// "Software"), to deal in the Software without restriction, including
// without limitation the rights to use, copy, modify, merge, publish,
// distribute, sublicense, and/or sell copies of the Software, and to permit
// persons to whom the Software is furnished to do so, subject to the
// following conditions: The above copyright notice and this permission
// notice shall be included in all copies or substantial portions of the
// Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
//
// The list is built into every program that runs the engine: the server,
// the command line and the browser's engine worker (web/engine.wasm, built
// with the tag "engine", see app/engine). The students' bundle does not run
// the engine, so it holds neither the engine nor the list
// (firstnames_embed.go, firstnames_none.go).

import (
	"strings"
	"sync"
)

// FirstNameList returns the list of given names the engine uses, as
// firstnames.txt holds it: lower case, separated by white space.
func FirstNameList() string { return embeddedFirstNames }

// firstNames returns the set of given names, built on first use so that a
// command that never generates does not pay for it. It is safe for
// concurrent use: the server generates several quizzes at once.
var firstNames = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool, 5400)
	for _, n := range strings.Fields(embeddedFirstNames) {
		set[n] = !colourNames[n]
	}
	// A name whose bearer's sex the lists know is a given name too, though
	// the package lacks it ("Sunanda", "Tomasz"); not a short one, which
	// is as often a syllable of a name written family first ("Lim Wei
	// Jie").
	for _, l := range []map[string]bool{femaleNames, maleNames, femaleGivenNames, maleGivenNames} {
		for n := range l {
			set[n] = set[n] || len(n) >= 5
		}
	}
	return set
})

// colourNames are in the list but far more often colours in a name
// ("Blue Note sessions", "Grey Lynn") than anyone's given name.
var colourNames = map[string]bool{"blue": true, "grey": true}
