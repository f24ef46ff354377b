package main

import (
	"syscall/js"

	"storyquiz/quiz"
)

// loadFirstNames fetches the engine's list of given names and hands it to
// the engine, before the app starts: the list stays out of the bundle (see
// quiz.SetFirstNames). The page preloads the file while the bundle
// downloads (newAppHandler), and the service worker keeps it, so this is a
// cache hit, offline too. Without it the engine says so when asked for a
// quiz; the rest of the app works.
func loadFirstNames() {
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
	js.Global().Call("fetch", "/web/names.txt").Call("then", then, fail)
	list := <-done
	then.Release()
	text.Release()
	fail.Release()
	if list != "" {
		quiz.SetFirstNames(list)
	}
}
