package main

import (
	"syscall/js"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
)

// loadFirstNames fetches the engine's list of given names and hands it to
// the engine, which waits for it if asked for a quiz first: the list stays
// out of the bundle (see quiz.ExpectFirstNames). The page preloads the file
// while the bundle downloads (newAppHandler), and the service worker keeps
// it, so this is a cache hit, offline too. It runs beside the app, which
// starts at once. Without the list the engine says so when asked for a
// quiz; the rest of the app works.
func loadFirstNames() {
	arrived := quiz.ExpectFirstNames()
	go func() { arrived(fetchFirstNames()) }()
}

// fetchFirstNames returns the list, or "" when it cannot be had.
func fetchFirstNames() string {
	done := make(chan string, 1)
	var then, text, fail js.Func
	text = js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- args[0].String()
		return nil
	})
	then = js.FuncOf(func(_ js.Value, args []js.Value) any {
		if !args[0].Get("ok").Bool() {
			done <- ""
			return nil
		}
		return args[0].Call("text").Call("then", text, fail)
	})
	fail = js.FuncOf(func(js.Value, []js.Value) any {
		done <- ""
		return nil
	})
	js.Global().Call("fetch", sessionapi.NamesPath).Call("then", then, fail)
	list := <-done
	then.Release()
	text.Release()
	fail.Release()
	return list
}
