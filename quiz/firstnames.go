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
// The server and the command line embed the list (firstnames_embed.go).
// The browser's bundle does not: compressed, the list alone would take a
// sixteenth of what the bundle may weigh over go-app's own, so the app
// fetches the file from the server (which the service worker keeps for
// offline use) and hands it over (ExpectFirstNames, SetFirstNames); the
// engine waits for it. The same list on both sides keeps the browser's
// quiz the command's.

import (
	"errors"
	"strings"
	"sync"
	"sync/atomic"
)

// firstNameSet is the list as a set, once it is known.
var firstNameSet atomic.Pointer[map[string]bool]

// embedOnce builds the set from the embedded list on first use, so that a
// command that never generates does not pay for it.
var embedOnce sync.Once

// ErrNoFirstNames is what generation returns in a browser that has not
// been given the list of given names yet (see SetFirstNames).
var ErrNoFirstNames = errors.New("the list of given names could not be loaded from the server: open Storyquiz once while the server can be reached, then try again")

// namesDue, when set, is closed once a list the app is fetching has
// arrived, or failed to (ExpectFirstNames).
var namesDue atomic.Pointer[chan struct{}]

// ExpectFirstNames tells the engine that the app is fetching its list of
// given names. Until the returned function is called — with the list, or
// with "" when the fetch failed — generation waits for it rather than run
// without names: the app starts at once, and only a page that makes a
// quiz in its first moments waits the few milliseconds the (preloaded or
// cached) file takes.
func ExpectFirstNames() (arrived func(list string)) {
	ch := make(chan struct{})
	namesDue.Store(&ch)
	var once sync.Once
	return func(list string) {
		once.Do(func() {
			if list != "" {
				SetFirstNames(list)
			}
			close(ch)
		})
	}
}

// SetFirstNames gives the engine its list of given names, as firstnames.txt
// holds them: lower case, separated by white space.
func SetFirstNames(list string) {
	set := make(map[string]bool, 5400)
	for _, n := range strings.Fields(list) {
		set[n] = true
	}
	firstNameSet.Store(&set)
}

// FirstNamesReady reports whether the engine has its list of given names:
// always on the server and the command line, in the browser once the app
// has fetched it.
func FirstNamesReady() bool { return firstNames() != nil }

// firstNames returns the set of given names, or nil when it is not known.
// It is safe for concurrent use: the server generates several quizzes at
// once.
func firstNames() map[string]bool {
	if embeddedFirstNames != "" {
		embedOnce.Do(func() {
			if firstNameSet.Load() == nil {
				SetFirstNames(embeddedFirstNames)
			}
		})
	}
	if p := firstNameSet.Load(); p != nil {
		return *p
	}
	if due := namesDue.Load(); due != nil {
		<-*due
		if p := firstNameSet.Load(); p != nil {
			return *p
		}
	}
	return nil
}
