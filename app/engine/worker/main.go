//go:build wasm

// Command worker is the quiz engine for the browser, web/engine.wasm: the
// page starts it in a Web Worker (web/engine-worker.js) the first time it
// needs a quiz made, and sends it engine.Requests as JSON (see package
// engine). It holds the engine and its word lists, which the students'
// bundle leaves out: build it with the tag "engine", which builds in the
// list of given names (quiz/firstnames_embed.go).
package main

import (
	"encoding/json"
	"syscall/js"

	"storyquiz/app/engine"
	"storyquiz/quiz"
)

func main() {
	if quiz.FirstNameList() == "" {
		panic("the engine worker is built without its list of given names: build it with -tags engine")
	}
	// The worker's script calls this synchronously for each message: the
	// engine does no I/O, so a request runs to its end in one call.
	js.Global().Set("storyquizEngine", js.FuncOf(func(_ js.Value, args []js.Value) any {
		var req engine.Request
		reply := engine.Reply{Err: "the request to the quiz engine is not readable"}
		if len(args) == 1 && json.Unmarshal([]byte(args[0].String()), &req) == nil {
			reply = engine.Handle(req)
		}
		out, err := json.Marshal(reply)
		if err != nil {
			out, _ = json.Marshal(engine.Failed(err))
		}
		return string(out)
	}))
	select {} // the callback above serves every request
}
