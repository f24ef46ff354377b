//go:build !wasm

package main

import (
	"encoding/json"
	"html"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// fakeAPI stands in for the server in component tests: it records the
// requests and answers each with a canned result, and lets the test push
// views down the "stream".
type fakeAPI struct {
	mu      sync.Mutex
	calls   []fakeCall
	replies map[string]apiResult // by "METHOD path"; missing means no response (offline)
	onView  func(session.View)
	onState func(streamState, string)
}

type fakeCall struct {
	Method, Path, Secret string
	Body                 string
}

func newFakeAPI() *fakeAPI { return &fakeAPI{replies: map[string]apiResult{}} }

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
	if !ok {
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
				ctx.SetState(k, v, app.Persist)
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

// hasID reports whether the rendered component has an element with id.
func hasID(c app.UI, id string) bool {
	_, ok := textByID(c, id)
	return ok
}

// liveQuiz is the two-question quiz used by the live component tests.
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

func TestCountdown(t *testing.T) {
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	dl := now.Add(time.Hour) // deliberately wrong: the remaining time counts
	tests := []struct {
		name   string
		view   *session.View
		at     time.Duration
		want   string
		wantOK bool
	}{
		{"no limit", &session.View{Phase: session.PhaseQuestion}, 0, "", false},
		{"running", &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 20000}, 0, "Time left: 0:20", true},
		{"rounds up", &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 20000}, 500 * time.Millisecond, "Time left: 0:20", true},
		{"low", &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 90000}, 85 * time.Second, "Time left: 0:05", true},
		{"over", &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 1000}, 3 * time.Second, "Time is up", true},
		{"revealed", &session.View{Phase: session.PhaseReveal, Deadline: &dl, RemainingMs: 1000}, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c countdown
			c.set(tt.view, now)
			_, ok := c.left(now.Add(tt.at))
			if ok != tt.wantOK {
				t.Fatalf("running = %v, want %v", ok, tt.wantOK)
			}
			if !ok {
				return
			}
			got, _ := textByID(app.Div().Body(c.render(now.Add(tt.at))), "timer")
			if got != tt.want {
				t.Errorf("timer = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAPIResultMessage(t *testing.T) {
	tests := []struct {
		name string
		r    apiResult
		want string
	}{
		{"server message", apiResult{Status: 409, Body: []byte(`{"error":"that name is already taken"}`)}, "that name is already taken"},
		{"offline", apiResult{Err: "TypeError: Failed to fetch"}, "Storyquiz can't be reached. Check your connection; it will keep trying."},
		{"rate limited without body", apiResult{Status: 429}, "Too many tries in a short time. Wait a few seconds and try again."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.message(); got != tt.want {
				t.Errorf("message = %q, want %q", got, tt.want)
			}
		})
	}
}

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
