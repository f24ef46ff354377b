package main

import (
	"encoding/json"
	"net/url"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// liveAPI is how the live pages talk to the sessions API. The browser
// implementation uses fetch and EventSource; component tests put a fake in
// its place so they can feed views in without a network. Callbacks may run
// on any goroutine: callers hand results to the UI with ctx.Dispatch.
type liveAPI interface {
	// call sends a JSON request (body may be nil) with the secret, if any,
	// as a bearer token.
	call(method, path, secret string, body any, done func(apiResult))
	// listen opens the live stream of views for a secret; stop closes it.
	// onState gets the stream's health, and with streamGone the server's
	// reason for ending it for good (a removed player, an expired session).
	listen(code, secret string, onView func(session.View), onState func(streamState, string)) (stop func())
}

// apiResult is a finished API request. Status is 0 when the request never
// got a response (offline, server down); Err then says why.
type apiResult struct {
	Status int
	Body   []byte
	Err    string
}

// ok reports whether the server accepted the request.
func (r apiResult) ok() bool { return r.Status >= 200 && r.Status < 300 }

// retryable reports whether sending the same request again later may work:
// no response at all, rate limiting, or a server-side failure.
func (r apiResult) retryable() bool {
	return r.Status == 0 || r.Status == 429 || r.Status >= 500
}

// apiError decodes the server's refusal; its Code is empty when the body
// is not one (no response, or a proxy's page).
func (r apiResult) apiError() sessionapi.Error {
	var e sessionapi.Error
	if !r.ok() {
		json.Unmarshal(r.Body, &e)
	}
	return e
}

// message is what to tell a person about a failed request: the server's own
// words when it gave some, else words chosen by the status.
func (r apiResult) message() string {
	if e := r.apiError(); e.Message != "" {
		return e.Message
	}
	switch {
	case r.Status == 0:
		return "Storyquiz can't be reached. Check your connection; it will keep trying."
	case r.Status == 429:
		return "Too many tries in a short time. Wait a few seconds and try again."
	case r.Status == 507:
		return "The server has no room left for this. Tell the person who runs Storyquiz."
	case r.Status >= 500:
		return "The server had a problem. Try again in a moment."
	}
	return "The request was refused."
}

// view decodes a session view from a successful response.
func (r apiResult) view() (session.View, bool) {
	var v session.View
	if !r.ok() || json.Unmarshal(r.Body, &v) != nil {
		return session.View{}, false
	}
	return v, true
}

// streamState is the health of the live stream, shown to people as
// "Connected" or "Reconnecting…".
type streamState int

const (
	streamConnecting streamState = iota
	streamOpen
	streamRetrying
	streamGone
)

// browserAPI calls the sessions API through the browser's fetch and
// EventSource rather than net/http, which would add megabytes to the bundle.
type browserAPI struct{}

// clientOf returns api, or the browser's fetch and EventSource when api is
// nil: pages hold a nil api in the app and a fake one in tests.
func clientOf(api liveAPI) liveAPI {
	if api == nil {
		return browserAPI{}
	}
	return api
}

// jsAwait runs ok or fail when a promise settles, releasing both functions
// afterwards so that long sessions do not leak them.
func jsAwait(p app.Value, ok func(app.Value), fail func(string)) {
	var once sync.Once
	var okFn, failFn app.Func
	release := func() {
		once.Do(func() {
			okFn.Release()
			failFn.Release()
		})
	}
	okFn = app.FuncOf(func(_ app.Value, args []app.Value) any {
		release()
		ok(args[0])
		return nil
	})
	failFn = app.FuncOf(func(_ app.Value, args []app.Value) any {
		release()
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		fail(msg)
		return nil
	})
	p.Call("then", okFn, failFn)
}

func (browserAPI) call(method, path, secret string, body any, done func(apiResult)) {
	headers := map[string]any{"Accept": "application/json"}
	opts := map[string]any{"method": method, "cache": "no-store", "credentials": "same-origin"}
	if secret != "" {
		headers["Authorization"] = "Bearer " + secret
	}
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			done(apiResult{Err: err.Error()})
			return
		}
		headers["Content-Type"] = "application/json"
		opts["body"] = string(b)
	}
	opts["headers"] = headers
	fail := func(msg string) { done(apiResult{Err: msg}) }
	jsAwait(app.Window().Call("fetch", path, opts), func(resp app.Value) {
		status := resp.Get("status").Int()
		jsAwait(resp.Call("text"), func(text app.Value) {
			done(apiResult{Status: status, Body: []byte(text.String())})
		}, fail)
	}, fail)
}

// Reconnect delays after the browser gives up on a stream (EventSource
// retries by itself only while the server keeps answering 200).
const (
	reconnectMin = time.Second
	reconnectMax = 10 * time.Second
)

func (browserAPI) listen(code, secret string, onView func(session.View), onState func(streamState, string)) func() {
	s := &sseStream{
		url:     sessionapi.SessionPath(code, sessionapi.Events) + "?secret=" + url.QueryEscape(secret),
		onView:  onView,
		onState: onState,
		delay:   reconnectMin,
	}
	s.open()
	return s.close
}

// sseStream is one EventSource that is reopened, with growing delays, when
// the browser closes it for good.
type sseStream struct {
	mu      sync.Mutex
	url     string
	es      app.Value
	fns     []app.Func
	closed  bool
	delay   time.Duration
	onView  func(session.View)
	onState func(streamState, string)
}

func (s *sseStream) open() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.onState(streamConnecting, "")
	es := app.Window().Get("EventSource").New(s.url)
	onOpen := app.FuncOf(func(app.Value, []app.Value) any {
		s.mu.Lock()
		s.delay = reconnectMin
		s.mu.Unlock()
		s.onState(streamOpen, "")
		return nil
	})
	onMessage := app.FuncOf(func(_ app.Value, args []app.Value) any {
		var v session.View
		if json.Unmarshal([]byte(args[0].Get("data").String()), &v) == nil {
			s.onView(v)
		}
		return nil
	})
	// A "gone" event ends the stream for good: reconnecting cannot help.
	onGone := app.FuncOf(func(_ app.Value, args []app.Value) any {
		var e struct {
			Error string `json:"error"`
		}
		json.Unmarshal([]byte(args[0].Get("data").String()), &e)
		s.close()
		s.onState(streamGone, e.Error)
		return nil
	})
	onError := app.FuncOf(func(app.Value, []app.Value) any {
		s.mu.Lock()
		closed := s.closed
		s.mu.Unlock()
		if closed {
			return nil
		}
		s.onState(streamRetrying, "")
		// readyState 2 (CLOSED): the browser will not retry by itself.
		if es.Get("readyState").Int() == 2 {
			s.mu.Lock()
			d := s.delay
			s.delay = min(2*s.delay, reconnectMax)
			s.mu.Unlock()
			s.release()
			time.AfterFunc(d, s.open)
		}
		return nil
	})
	es.Set("onopen", onOpen)
	es.Set("onmessage", onMessage)
	es.Set("onerror", onError)
	es.Call("addEventListener", "gone", onGone)
	s.es, s.fns = es, []app.Func{onOpen, onMessage, onError, onGone}
}

// release closes the current EventSource and frees its callbacks.
func (s *sseStream) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.es != nil {
		s.es.Call("close")
		s.es.Call("removeEventListener", "gone", s.fns[3])
		s.es.Set("onopen", nil)
		s.es.Set("onmessage", nil)
		s.es.Set("onerror", nil)
		s.es = nil
	}
	for _, f := range s.fns {
		f.Release()
	}
	s.fns = nil
}

func (s *sseStream) close() {
	s.release()
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
}
