//go:build !wasm

package main

import (
	"storyquiz/app/engine"
	"storyquiz/app/stories"
	"storyquiz/quiz"
)

// runEngine runs the quiz engine for a request. The server and the command
// line hold the engine and call it directly; the browser asks its engine
// worker (enginecall_wasm.go).
func runEngine(req engine.Request) engine.Reply { return engine.Handle(req) }

// warmEngine has nothing to start outside the browser.
func warmEngine() {}

// storyQuiz returns a shipped story's quiz for a seed, made once per seed.
func storyQuiz(s stories.Story, seed int64) (*quiz.Quiz, error) { return s.Quiz(seed) }
