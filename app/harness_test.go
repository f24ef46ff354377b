//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/server"
	"storyquiz/app/sqlite"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// This file holds what the component tests share: a fake sessions API,
// mounting a page, reading its rendered text, and a small quiz.

// fakeAPI stands in for the server in component tests: it records the
// requests and answers each with a canned result, and lets the test push
// views down the "stream".
type fakeAPI struct {
	mu      sync.Mutex
	calls   []fakeCall
	replies map[string]apiResult // by "METHOD path"; missing means no response (offline)
	onView  func(session.View)
	onState func(streamState, string)
	// server, when set, answers the requests that have no canned reply.
	server http.Handler
}

type fakeCall struct {
	Method, Path, Secret string
	Body                 string
}

func newFakeAPI() *fakeAPI { return &fakeAPI{replies: map[string]apiResult{}} }

// newServerAPI is a fakeAPI whose requests go to a real server.API over a
// SQLite store in a temporary directory: the quiz-file conversions are
// tested through the code that serves them.
func newServerAPI(t *testing.T) *fakeAPI {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "storyquiz.db"))
	if err != nil {
		t.Fatal(err)
	}
	api, err := server.NewAPI(st, server.APIConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { api.Close(); st.Close() })
	f := newFakeAPI()
	f.server = api
	return f
}

func (f *fakeAPI) reply(method, path string, status int, body any) {
	b, _ := json.Marshal(body)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.replies[method+" "+path] = apiResult{Status: status, Body: b}
}

func (f *fakeAPI) call(method, path, secret string, body any, done func(apiResult)) {
	b, _ := json.Marshal(body)
	f.mu.Lock()
	f.calls = append(f.calls, fakeCall{method, path, secret, string(b)})
	r, ok := f.replies[method+" "+path]
	f.mu.Unlock()
	switch {
	case !ok && f.server != nil:
		req := httptest.NewRequest(method, path, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		if secret != "" {
			req.Header.Set("Authorization", "Bearer "+secret)
		}
		rec := httptest.NewRecorder()
		f.server.ServeHTTP(rec, req)
		r = apiResult{Status: rec.Code, Body: rec.Body.Bytes()}
	case !ok:
		r = apiResult{Err: "offline"}
	}
	done(r)
}

func (f *fakeAPI) listen(code, secret string, onView func(session.View), onState func(streamState, string)) func() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.onView, f.onState = onView, onState
	return func() {}
}

// push sends a view down the stream.
func (f *fakeAPI) push(d app.ClientDispatcher, v session.View) {
	f.mu.Lock()
	fn := f.onView
	f.mu.Unlock()
	fn(v)
	d.Consume()
}

// callsTo returns the bodies of the requests made to method and path.
func (f *fakeAPI) callsTo(method, path string) []fakeCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []fakeCall
	for _, c := range f.calls {
		if c.Method == method && c.Path == path {
			out = append(out, c)
		}
	}
	return out
}

// mount starts a component at a path, after storing persisted state.
func mount(t *testing.T, c app.Composer, path string, state map[string]any) app.ClientDispatcher {
	t.Helper()
	d := app.NewClientTester(c)
	t.Cleanup(d.Close)
	if len(state) > 0 {
		act(d, c, func(ctx app.Context) {
			for k, v := range state {
				keep(ctx, k, v)
			}
		})
	}
	u, _ := url.Parse(path)
	d.Nav(u)
	d.Consume()
	return d
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// textByID returns the text inside the element with the given id in a
// component's rendered HTML, with tags removed and spaces collapsed; ok is
// false when there is no such element.
func textByID(c app.UI, id string) (string, bool) {
	doc := app.HTMLString(c)
	i := strings.Index(doc, ` id="`+id+`"`)
	if i < 0 {
		return "", false
	}
	start := strings.LastIndex(doc[:i], "<")
	tag := doc[start+1:]
	tag = tag[:strings.IndexAny(tag, " >")]
	// Walk to the matching close tag, counting nested tags of the same name.
	depth, j := 0, start
	for {
		open := strings.Index(doc[j+1:], "<"+tag)
		closing := strings.Index(doc[j+1:], "</"+tag+">")
		if closing < 0 {
			return "", false
		}
		if open >= 0 && open < closing {
			depth++
			j += 1 + open
			continue
		}
		if depth <= 1 {
			inner := doc[start : j+1+closing]
			return strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(inner, " "))), " "), true
		}
		depth--
		j += 1 + closing
	}
}

// attrByID returns attribute name of the element with the given id (a void
// element such as an image too), HTML-unescaped; ok is false when there is
// no such element or attribute.
func attrByID(c app.UI, id, name string) (string, bool) {
	doc := app.HTMLString(c)
	i := strings.Index(doc, ` id="`+id+`"`)
	if i < 0 {
		return "", false
	}
	start := strings.LastIndex(doc[:i], "<")
	tag := doc[start : i+strings.Index(doc[i:], ">")]
	k := strings.Index(tag, " "+name+`="`)
	if k < 0 {
		return "", false
	}
	v := tag[k+len(name)+3:]
	return html.UnescapeString(v[:strings.Index(v, `"`)]), true
}

// hasID reports whether the rendered component has an element with id.
func hasID(c app.UI, id string) bool {
	_, ok := textByID(c, id)
	return ok
}

// liveQuestions is testQuiz as a live session shows it: the questions
// players see and their reveals.
func liveQuestions() ([]session.QuestionView, []session.Reveal) {
	q := testQuiz(1)
	var qs []session.QuestionView
	var rs []session.Reveal
	for _, x := range q.Questions {
		qs = append(qs, session.QuestionView{ID: x.ID, Kind: x.Kind, Prompt: x.Prompt, Options: x.Options})
		rs = append(rs, session.Reveal{QuestionID: x.ID, Answer: x.Answer, Evidence: x.Evidence})
	}
	return qs, rs
}

func intp(i int) *int    { return &i }
func boolp(b bool) *bool { return &b }

// checkShown checks that each element id in want shows text containing its
// value, and that no element in absent is on the page.
func checkShown(t *testing.T, c app.UI, want map[string]string, absent []string) {
	t.Helper()
	for id, w := range want {
		got, ok := textByID(c, id)
		if !ok {
			t.Errorf("no #%s", id)
			continue
		}
		if !strings.Contains(got, w) {
			t.Errorf("#%s = %q, want it to contain %q", id, got, w)
		}
	}
	for _, id := range absent {
		if hasID(c, id) {
			t.Errorf("#%s is shown", id)
		}
	}
}

// testQuiz is a small hand-made quiz, so the component tests do not depend
// on what the engine picks.
func testQuiz(seed int64) *quiz.Quiz {
	s1 := "Ada Lovelace met Charles Babbage in London in June 1833."
	s2 := "Babbage designed the Analytical Engine."
	return &quiz.Quiz{
		Format:  quiz.Format,
		Title:   "A meeting in London",
		Seed:    seed,
		Article: quiz.Article{Title: "A meeting in London", Paragraphs: [][]string{{s1, s2}}},
		Questions: []quiz.Question{
			{ID: "q1", Kind: quiz.KindWhere, Prompt: "Where did Ada Lovelace meet Charles Babbage?",
				Options: []string{"Paris", "London", "Berlin", "Rome"}, Answer: 1,
				Evidence: quiz.Evidence{Paragraph: 0, Sentence: 0, Text: s1, Highlight: "London"}},
			{ID: "q2", Kind: quiz.KindWhat, Prompt: "What did Babbage design?",
				Options: []string{"The Analytical Engine", "The telephone", "The telegraph", "The steam engine"}, Answer: 0,
				Evidence: quiz.Evidence{Paragraph: 0, Sentence: 1, Text: s2, Highlight: "the Analytical Engine"}},
		},
	}
}

// act runs fn on the UI goroutine as an event handler would, then renders.
func act(d app.ClientDispatcher, p app.Composer, fn func(app.Context)) {
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: p, Function: fn})
	d.Consume()
}
