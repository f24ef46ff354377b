//go:build wasm

package main

import (
	"encoding/json"
	"fmt"
	"sync"
	"syscall/js"

	"storyquiz/app/engine"
	"storyquiz/app/stories"
	"storyquiz/quiz"
)

// worker is the engine's Web Worker, started on first use, and the requests
// waiting for its reply.
var worker struct {
	mu      sync.Mutex
	w       js.Value // undefined until started, and again after it failed
	next    int
	waiting map[int]chan engine.Reply
}

// warmEngine starts the engine's worker, so that it has downloaded and
// compiled the engine by the time the teacher asks for a quiz.
func warmEngine() {
	worker.mu.Lock()
	defer worker.mu.Unlock()
	startWorker()
}

// startWorker starts the worker unless it runs; worker.mu is held.
func startWorker() {
	if worker.w.Truthy() {
		return
	}
	w := js.Global().Get("Worker").New(engine.ScriptPath)
	w.Set("onmessage", js.FuncOf(func(_ js.Value, args []js.Value) any {
		data := args[0].Get("data")
		var rep engine.Reply
		if failed := data.Get("failed"); failed.Truthy() {
			rep = engine.Reply{Unavailable: true, Err: "the question maker could not be loaded (" + failed.String() + "); reload the page while the Storyquiz server can be reached, then try again"}
		} else if json.Unmarshal([]byte(data.Get("reply").String()), &rep) != nil {
			rep = engine.Reply{Err: "the question maker's answer was not readable"}
		}
		deliver(data.Get("id").Int(), rep)
		return nil
	}))
	// The script itself could not be loaded or crashed: every waiting
	// request fails, and the next one starts a fresh worker.
	w.Set("onerror", js.FuncOf(func(js.Value, []js.Value) any {
		worker.mu.Lock()
		if worker.w.Truthy() {
			worker.w.Call("terminate")
		}
		worker.w = js.Undefined()
		waiting := worker.waiting
		worker.waiting = nil
		worker.mu.Unlock()
		for _, ch := range waiting {
			ch <- engine.Reply{Unavailable: true, Err: "the question maker could not be started; reload the page while the Storyquiz server can be reached, then try again"}
		}
		return nil
	}))
	worker.w = w
}

// deliver hands a reply to the request waiting for it.
func deliver(id int, rep engine.Reply) {
	worker.mu.Lock()
	ch := worker.waiting[id]
	delete(worker.waiting, id)
	worker.mu.Unlock()
	if ch != nil {
		ch <- rep
	}
}

// runEngine asks the engine's worker and waits for its reply. The calling
// goroutine waits, but the browser's main thread does not: the page keeps
// scrolling and painting while the worker makes the quiz.
func runEngine(req engine.Request) engine.Reply {
	if rep, ok := engine.Precheck(req); ok {
		return rep
	}
	body, err := json.Marshal(req)
	if err != nil {
		return engine.Failed(fmt.Errorf("the request for the question maker could not be written: %w", err))
	}
	ch := make(chan engine.Reply, 1)
	worker.mu.Lock()
	startWorker()
	if worker.waiting == nil {
		worker.waiting = map[int]chan engine.Reply{}
	}
	id := worker.next
	worker.next++
	worker.waiting[id] = ch
	msg := js.Global().Get("Object").New()
	msg.Set("id", id)
	msg.Set("request", string(body))
	worker.w.Call("postMessage", msg)
	worker.mu.Unlock()
	return <-ch
}

// storyQuiz returns a shipped story's quiz for a seed. Seed 1's is the
// server's (the one a prerendered page carried, or the file at
// stories.QuizPath, which the service worker keeps for offline use); any
// other seed's comes from the engine's worker, and the last one made is
// kept for the practice page that asks again after a reload. When the
// worker cannot be loaded (offline, on a device that never loaded it while
// the server could be reached) a practice run gets seed 1's quiz shuffled
// for the seed, rather than an error: the same questions in a new order.
func storyQuiz(s stories.Story, seed int64) (*quiz.Quiz, error) {
	base, err := storyBase(s.ID)
	if seed == 1 {
		return base, err
	}
	if k := lastStoryQuiz; k.id == s.ID && k.seed == seed {
		return k.q, nil
	}
	rep := runEngine(engine.Request{Op: engine.OpGenerate, Text: s.Text, Seed: seed})
	if rep.Unavailable && base != nil {
		return base.Shuffled(seed), nil
	}
	if err := rep.Error(); err != nil {
		return nil, err
	}
	lastStoryQuiz.id, lastStoryQuiz.seed, lastStoryQuiz.q = s.ID, seed, rep.Quiz
	return rep.Quiz, nil
}

// lastStoryQuiz is the quiz storyQuiz last had the engine make; only the UI
// goroutine calls storyQuiz.
var lastStoryQuiz struct {
	id   string
	seed int64
	q    *quiz.Quiz
}

// storyBase returns a shipped story's seed-1 quiz: the one the page
// carried, else the server's file, fetched once.
func storyBase(id string) (*quiz.Quiz, error) {
	if q := prebuilt[id]; q != nil {
		return q, nil
	}
	done := make(chan apiResult, 1)
	browserAPI{}.call("GET", stories.QuizPath(id), "", nil, func(r apiResult) { done <- r })
	r := <-done
	if !r.ok() {
		return nil, fmt.Errorf("the story's quiz could not be loaded; open Storyquiz once while its server can be reached, then try again")
	}
	q, err := quiz.Decode(r.Body)
	if err != nil {
		return nil, fmt.Errorf("the story's quiz could not be read: %w", err)
	}
	prebuilt[id] = q
	return q, nil
}
