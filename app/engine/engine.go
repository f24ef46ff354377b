// Package engine is the quiz engine's door for the app: a request (make a
// quiz from an article, or other questions for one of a quiz's questions)
// and its reply, both plain JSON.
//
// The server and the command line call Handle directly. In the browser the
// engine does not ship in the bundle every student downloads: it is a
// second WebAssembly program, web/engine.wasm (package worker), that runs
// in a Web Worker and answers the same requests as messages, so that the
// students' bundle stays small and making a quiz never freezes the page.
// Only the teacher's pages that make or change a quiz (the editor, a
// review, a practice run's new questions) load it, on first use.
package engine

import (
	"unicode/utf8"

	"storyquiz/quiz"
)

// Where the server serves the browser's engine: the Web Worker's script
// (web/engine-worker.js, which names ProgramPath too) and the engine it runs.
const (
	ScriptPath  = "/web/engine-worker.js"
	ProgramPath = "/web/engine.wasm"
)

// The operations a Request asks for.
const (
	OpGenerate     = "generate"     // a quiz from Text, with N questions and Seed
	OpAlternatives = "alternatives" // other questions for Quiz's question Index
)

// Request asks the engine for one thing.
type Request struct {
	Op    string     `json:"op"`
	Text  string     `json:"text,omitempty"`
	N     int        `json:"n,omitempty"`
	Seed  int64      `json:"seed,omitempty"`
	Quiz  *quiz.Quiz `json:"quiz,omitempty"`
	Index int        `json:"index,omitempty"`
}

// Reply is the engine's answer to a Request. Err is set, and the rest
// empty, when it failed; ErrCode keeps which kind of bad input it was
// (quiz.InputErrorCode), so that the page explains it as it would the
// engine's own error.
type Reply struct {
	Quiz      *quiz.Quiz      `json:"quiz,omitempty"`
	Report    quiz.Report     `json:"report"`
	Questions []quiz.Question `json:"questions,omitempty"`
	Err       string          `json:"error,omitempty"`
	ErrCode   int             `json:"errorCode,omitempty"`
	// Unavailable is set by the page, not the engine: its worker could not
	// be loaded (offline before it was ever kept, or the server lacks it).
	Unavailable bool `json:"-"`
}

// Handle runs the engine for a request.
func Handle(req Request) Reply {
	switch req.Op {
	case OpGenerate:
		q, rep, err := quiz.GenerateReport(req.Text, quiz.Options{N: req.N, Seed: req.Seed})
		if err != nil {
			return Failed(err)
		}
		return Reply{Quiz: q, Report: rep}
	case OpAlternatives:
		if req.Quiz == nil {
			return Reply{Err: "no quiz to find other questions for"}
		}
		return Reply{Questions: quiz.Alternatives(req.Quiz, req.Index)}
	}
	return Reply{Err: "the quiz engine has no operation " + req.Op}
}

// Precheck answers, without the engine, a request whose text would not
// cross to the worker as it is: JSON replaces bytes that are not UTF-8, so
// the engine would never see them. ok is false for every other request.
func Precheck(req Request) (rep Reply, ok bool) {
	if req.Op == OpGenerate && !utf8.ValidString(req.Text) {
		return Failed(quiz.ErrNotUTF8), true
	}
	return Reply{}, false
}

// Failed is the reply for an error.
func Failed(err error) Reply {
	return Reply{Err: err.Error(), ErrCode: quiz.InputErrorCode(err)}
}

// Error returns the reply's error, or nil: an input error still matches its
// sentinel (quiz.ErrEmpty, …) with errors.Is after crossing from the worker.
func (r Reply) Error() error {
	if r.Err == "" {
		return nil
	}
	return quiz.InputErrorFromCode(r.ErrCode, r.Err)
}
