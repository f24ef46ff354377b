//go:build !wasm

package server

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// leakMarkers are strings that must never reach a client: Go panic and
// stack-trace text, source positions, paths on the build machine, and Go
// type names that encoding/json puts in its errors.
var leakMarkers = []string{"goroutine ", "panic", "runtime.", ".go:", "/work/", "/home/", "/tmp/", "Go struct", "Go value"}

// checkErrorBody fails unless data is a JSON object with a non-empty
// "error" message and none of leakMarkers.
func checkErrorBody(t *testing.T, what string, data []byte) {
	t.Helper()
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil || m["error"] == "" {
		t.Errorf("%s: error response is not {\"error\": …}: %s", what, data)
	}
	for _, bad := range leakMarkers {
		if bytes.Contains(data, []byte(bad)) {
			t.Errorf("%s: error response contains %q: %s", what, bad, data)
		}
	}
}

// TestHostileBodies sends malformed, oversized, mistyped and out-of-range
// bodies to every endpoint that takes one. Each must be refused with the
// right status and a plain message, and none may change the session.
func TestHostileBodies(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	e.control(cr.Code, cr.HostSecret, "start")
	base := "/api/sessions/" + cr.Code
	host, player := cr.HostSecret, ana.PlayerSecret
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	tests := []struct {
		name, path, secret, body string
		want                     int
	}{
		// Session creation (no secret).
		{"create: too large", "/api/sessions", "", `{"story":"` + strings.Repeat("x", sessionapi.QuizBodyLimit+1) + `"}`, 413},
		{"create: truncated JSON", "/api/sessions", "", `{"story":`, 400},
		{"create: not an object", "/api/sessions", "", `["launch"]`, 400},
		{"create: null", "/api/sessions", "", `null`, 400},
		{"create: deeply nested", "/api/sessions", "", deep, 400},
		{"create: unknown field", "/api/sessions", "", `{"story":"launch","admin":true}`, 400},
		{"create: story is a number", "/api/sessions", "", `{"story":5}`, 400},
		{"create: mode is a number", "/api/sessions", "", `{"story":"launch","mode":1}`, 400},
		{"create: leaderboard is text", "/api/sessions", "", `{"story":"launch","leaderboard":"yes"}`, 400},
		{"create: time limit as text", "/api/sessions", "", `{"story":"launch","timeLimitSeconds":"10"}`, 400},
		{"create: huge time limit", "/api/sessions", "", `{"story":"launch","timeLimitSeconds":1000000000}`, 400},
		{"create: time limit overflows", "/api/sessions", "", `{"story":"launch","timeLimitSeconds":99999999999999999999}`, 400},
		{"create: quiz is text", "/api/sessions", "", `{"quiz":"storyquiz/v1"}`, 400},
		{"create: quiz is null", "/api/sessions", "", `{"quiz":null}`, 400},
		{"create: story path", "/api/sessions", "", `{"story":"../../etc/passwd"}`, 404},
		{"create: invalid UTF-8 story", "/api/sessions", "", "{\"story\":\"\xff\xfe\"}", 400},

		// Joining.
		{"join: script tag (too long for a name)", base + "/players", "", `{"name":"<script>alert(1)</script>"}`, 400},
		{"join: invalid UTF-8 name", base + "/players", "", "{\"name\":\"Ana\xc3\x28\"}", 400},
		{"join: overlong UTF-8 name", base + "/players", "", "{\"name\":\"\xc0\xafx\"}", 400},
		{"join: NUL in name", base + "/players", "", `{"name":"Ben\u0000"}`, 400},
		{"join: escape sequence in name", base + "/players", "", `{"name":"\u001b[31mBen"}`, 400},
		{"join: right-to-left override", base + "/players", "", `{"name":"Ben\u202egnp.exe"}`, 400},
		{"join: newline in name", base + "/players", "", `{"name":"Ben\nCy"}`, 400},
		{"join: 7 kB name", base + "/players", "", `{"name":"` + strings.Repeat("n", 7<<10) + `"}`, 400},
		{"join: 10 kB name", base + "/players", "", `{"name":"` + strings.Repeat("n", 10<<10) + `"}`, 413},
		{"join: name is a number", base + "/players", "", `{"name":42}`, 400},
		{"join: name is null", base + "/players", "", `{"name":null}`, 400},
		{"join: name is a list", base + "/players", "", `{"name":["Ben"]}`, 400},
		{"join: empty object", base + "/players", "", `{}`, 400},
		{"join: two objects", base + "/players", "", `{"name":"Ben"}{"name":"Cy"}`, 400},

		// Answers.
		{"answer: choice -1", base + "/answers", player, `{"questionId":"q1","choice":-1}`, 400},
		{"answer: choice 1e9", base + "/answers", player, `{"questionId":"q1","choice":1e9}`, 400},
		{"answer: choice 1000000000", base + "/answers", player, `{"questionId":"q1","choice":1000000000}`, 400},
		{"answer: choice overflows int", base + "/answers", player, `{"questionId":"q1","choice":9223372036854775808}`, 400},
		{"answer: choice min int", base + "/answers", player, `{"questionId":"q1","choice":-9223372036854775808}`, 400},
		{"answer: choice 1.5", base + "/answers", player, `{"questionId":"q1","choice":1.5}`, 400},
		{"answer: choice as text", base + "/answers", player, `{"questionId":"q1","choice":"0"}`, 400},
		{"answer: choice null", base + "/answers", player, `{"questionId":"q1","choice":null}`, 400},
		{"answer: choice true", base + "/answers", player, `{"questionId":"q1","choice":true}`, 400},
		{"answer: unknown question", base + "/answers", player, `{"questionId":"q999","choice":0}`, 400},
		{"answer: question id path", base + "/answers", player, `{"questionId":"../q1","choice":0}`, 400},
		{"answer: question id is a number", base + "/answers", player, `{"questionId":1,"choice":0}`, 400},
		{"answer: 7 kB question id", base + "/answers", player, `{"questionId":"` + strings.Repeat("q", 7<<10) + `","choice":0}`, 400},
		{"answer: empty question id", base + "/answers", player, `{"questionId":"","choice":0}`, 400},
		{"answer: future question", base + "/answers", player, `{"questionId":"q3","choice":0}`, 409},
		{"answer: extra field", base + "/answers", player, `{"questionId":"q1","choice":0,"playerId":"p1"}`, 400},

		// Host control.
		{"control: action is a number", base + "/control", host, `{"action":1}`, 400},
		{"control: empty action", base + "/control", host, `{"action":""}`, 400},
		{"control: unknown action", base + "/control", host, `{"action":"delete"}`, 400},
		{"control: kick nobody", base + "/control", host, `{"action":"kick","playerId":"` + strings.Repeat("p", 4000) + `"}`, 404},
		{"control: kick with a number", base + "/control", host, `{"action":"kick","playerId":7}`, 400},
	}
	before := string(e.must(200, "GET", base+"/state", host, nil, nil))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, data, _ := e.do("POST", tt.path, tt.secret, tt.body)
			if got != tt.want {
				t.Errorf("status = %d (%.300s), want %d", got, data, tt.want)
			}
			checkErrorBody(t, tt.name, data)
		})
	}
	if after := string(e.must(200, "GET", base+"/state", host, nil, nil)); after != before {
		t.Errorf("refused requests changed the session:\nbefore %s\nafter  %s", before, after)
	}
}

// TestHostileContentType checks that a JSON body is taken only when it is
// declared as JSON, so that a cross-origin form or "simple" fetch (which
// needs no CORS preflight) cannot create or join sessions.
func TestHostileContentType(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	tests := []struct {
		contentType string
		want        int
	}{
		{"", 415},
		{"text/plain", 415},
		{"text/plain;charset=UTF-8", 415},
		{"application/x-www-form-urlencoded", 415},
		{"multipart/form-data; boundary=x", 415},
		{"application/json-seq", 415},
		{"application/jsonp", 415},
		{"json", 415},
		{"application/json; charset=", 415},
		{"application/json", 201},
		{"application/json; charset=utf-8", 201},
		{"Application/JSON", 201},
	}
	for i, tt := range tests {
		body := fmt.Sprintf(`{"name":"P%d"}`, i)
		req, _ := http.NewRequest("POST", e.srv.URL+"/api/sessions/"+cr.Code+"/players", strings.NewReader(body))
		if tt.contentType != "" {
			req.Header.Set("Content-Type", tt.contentType)
		}
		got, resp := e.send(req)
		if got != tt.want {
			t.Errorf("Content-Type %q: status = %d (%s), want %d", tt.contentType, got, resp, tt.want)
		}
		if tt.want != 201 {
			checkErrorBody(t, "Content-Type "+tt.contentType, resp)
		}
	}
	if v := e.state(cr.Code, cr.HostSecret); len(v.Players) != 3 {
		t.Errorf("%d players joined, want the 3 that sent JSON", len(v.Players))
	}
}

// TestHostileMarkupInNames checks that names with markup or spreadsheet
// formulas are kept as the text typed, sent JSON-escaped, and written to the
// CSV so that no spreadsheet runs them.
func TestHostileMarkupInNames(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	// The classic `<script>alert(1)</script>` is 25 characters, one more
	// than a name may have (it gets 400 in TestHostileBodies), so the
	// markup here is shorter.
	names := []string{
		`<script>alert(1)`,
		`</script><img src=x>`,
		`<b onclick=alert(1)>`,
		`=HYPERLINK("http://x")`,
		`@SUM(1)`,
		`+cmd|' /C calc'!A0`,
		`-2+3`,
		`  =1+1`, // leading spaces are trimmed, so the formula is first
		`"quoted", name`,
		`Zoë 😀`,
	}
	want := map[string]bool{}
	for _, n := range names {
		e.join(cr.Code, n)
		want[strings.TrimSpace(n)] = true
	}
	raw := e.must(200, "GET", "/api/sessions/"+cr.Code+"/state", cr.HostSecret, nil, nil)
	for _, bad := range []string{"<script", "<img", "</script", "<b"} {
		if bytes.Contains(raw, []byte(bad)) {
			t.Errorf("the host view carries unescaped markup %q: %s", bad, raw)
		}
	}
	var v session.View
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, p := range v.Players {
		got[p.Name] = true
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("names kept = %v, want %v", got, want)
	}

	status, data, h := e.do("GET", "/api/sessions/"+cr.Code+"/results.csv", cr.HostSecret, nil)
	if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") || !strings.HasPrefix(h.Get("Content-Disposition"), "attachment") {
		t.Fatalf("results.csv: %d, Content-Type %q, Content-Disposition %q", status, h.Get("Content-Type"), h.Get("Content-Disposition"))
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("results.csv does not parse: %v\n%s", err, data)
	}
	if len(recs) != len(names)+1 {
		t.Fatalf("results.csv has %d rows, want %d", len(recs), len(names)+1)
	}
	for _, rec := range recs[1:] {
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("CSV cell %q starts a formula", cell)
			}
		}
		name := strings.TrimPrefix(rec[0], "'")
		if !want[name] {
			t.Errorf("CSV name cell %q is not a name that joined (as text)", rec[0])
		}
	}
}

// htmlQuiz is a valid quiz whose every text field holds markup.
func htmlQuiz() *quiz.Quiz {
	const s = `<script>alert("x")</script> Anna <b>Berg</b> met <img src=x onerror=alert(1)> Carl in Paris.`
	return &quiz.Quiz{
		Format: quiz.Format,
		Title:  `<h1 onclick="alert(1)">Title</h1>`,
		Article: quiz.Article{
			Title:      `<iframe src="http://evil.example"></iframe>`,
			Paragraphs: [][]string{{s}},
			Headings:   []quiz.Heading{{Before: 0, Text: `<style>body{display:none}</style>`}},
		},
		Questions: []quiz.Question{{
			ID: "q1", Kind: quiz.KindWho, Prompt: `Who did <b>Anna</b> meet? <script>alert(2)</script>`,
			Options:  []string{"Carl", "<svg onload=alert(3)>", "Dora"},
			Answer:   0,
			Evidence: quiz.Evidence{Paragraph: 0, Sentence: 0, Text: s, Highlight: "Carl"},
		}},
	}
}

// TestHostileQuizContent posts quizzes as an untrusted client would: markup
// is text (accepted, and sent back JSON-escaped), while broken structure,
// invalid UTF-8, out-of-range indices and oversize content are refused.
func TestHostileQuizContent(t *testing.T) {
	e := newEnv(t, nil)
	good, err := json.Marshal(htmlQuiz())
	if err != nil {
		t.Fatal(err)
	}
	var cr sessionapi.CreateResponse
	e.must(201, "POST", "/api/sessions", "", `{"quiz":`+string(good)+`}`, &cr)
	ana := e.join(cr.Code, "Ana")
	e.control(cr.Code, cr.HostSecret, "start")
	base := "/api/sessions/" + cr.Code
	for _, path := range []string{"/state"} {
		for _, secret := range []string{cr.HostSecret, ana.PlayerSecret} {
			raw := e.must(200, "GET", base+path, secret, nil, nil)
			for _, bad := range []string{"<script", "<img", "<iframe", "<svg", "<style", "<h1", "<b>"} {
				if bytes.Contains(raw, []byte(bad)) {
					t.Errorf("%s carries unescaped markup %q: %.300s", path, bad, raw)
				}
			}
		}
	}
	e.control(cr.Code, cr.HostSecret, "reveal")
	if v, want := e.state(cr.Code, ana.PlayerSecret), htmlQuiz(); v.Title != want.Title || v.Reveal == nil ||
		v.Reveal.Evidence.Text != want.Questions[0].Evidence.Text {
		t.Errorf("view = %+v, want the markup kept as text", v)
	}

	broken := func(edit func(q *quiz.Quiz)) string {
		q := htmlQuiz()
		edit(q)
		data, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		return `{"quiz":` + string(data) + `}`
	}
	many := func(q *quiz.Quiz) {
		for i := 2; i <= quiz.MaxQuestions+1; i++ {
			qu := q.Questions[0]
			qu.ID = fmt.Sprint("q", i)
			q.Questions = append(q.Questions, qu)
		}
	}
	tests := []struct {
		name, body string
	}{
		{"invalid UTF-8 in a sentence", strings.Replace(string(good), "Paris", "Par\xffis", 2)},
		{"answer -1", broken(func(q *quiz.Quiz) { q.Questions[0].Answer = -1 })},
		{"answer 1e9", broken(func(q *quiz.Quiz) { q.Questions[0].Answer = 1e9 })},
		{"evidence paragraph -1", broken(func(q *quiz.Quiz) { q.Questions[0].Evidence.Paragraph = -1 })},
		{"evidence sentence 1e9", broken(func(q *quiz.Quiz) { q.Questions[0].Evidence.Sentence = 1e9 })},
		{"evidence not the article", broken(func(q *quiz.Quiz) { q.Questions[0].Evidence.Text = "<script>x</script>" })},
		{"one option", broken(func(q *quiz.Quiz) { q.Questions[0].Options = q.Questions[0].Options[:1] })},
		{"100 options", broken(func(q *quiz.Quiz) {
			for i := range 97 {
				q.Questions[0].Options = append(q.Questions[0].Options, fmt.Sprint("x", i))
			}
		})},
		{"too many questions", broken(many)},
		{"sentence too long", broken(func(q *quiz.Quiz) {
			q.Article.Paragraphs = append(q.Article.Paragraphs, []string{strings.Repeat("a", quiz.MaxSentenceRunes+1)})
		})},
		{"unknown kind", broken(func(q *quiz.Quiz) { q.Questions[0].Kind = "<script>" })},
		{"empty title", broken(func(q *quiz.Quiz) { q.Title = " " })},
		{"unknown field", strings.Replace(broken(func(*quiz.Quiz) {}), `"format"`, `"script":"<x>","format"`, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, data, _ := e.do("POST", "/api/sessions", "", tt.body)
			if got != 400 {
				t.Errorf("status = %d (%.300s), want 400", got, data)
			}
			checkErrorBody(t, tt.name, data)
		})
	}
}

// TestHostileSecrets tries forged secrets and another session's valid
// secrets on every authenticated endpoint: each is refused, and no response
// carries the other session's data.
func TestHostileSecrets(t *testing.T) {
	e := newEnv(t, nil)
	mine := e.create(nil)
	ana := e.join(mine.Code, "Ana")
	theirs := e.create(map[string]any{"quiz": htmlQuiz()})
	zed := e.join(theirs.Code, "Zed Secretname")
	e.control(mine.Code, mine.HostSecret, "start")
	e.control(theirs.Code, theirs.HostSecret, "start")
	base := "/api/sessions/" + mine.Code
	endpoints := []struct {
		method, path, body string
	}{
		{"GET", "/state", ""},
		{"GET", "/results.csv", ""},
		{"POST", "/answers", `{"questionId":"q1","choice":0}`},
		{"POST", "/control", `{"action":"end"}`},
	}
	secrets := []struct {
		name   string
		header string // the whole Authorization header
		want   int
	}{
		{"none", "", 401},
		{"empty bearer", "Bearer ", 401},
		{"blank bearer", "Bearer    ", 401},
		{"basic auth", "Basic YWRtaW46YWRtaW4=", 401},
		{"secret without a scheme", mine.HostSecret, 401},
		{"forged", "Bearer 00112233445566778899aabbccddeeff", 403},
		{"host secret with a changed letter", "Bearer " + flip(mine.HostSecret), 403},
		{"host secret's hash", "Bearer " + fmt.Sprintf("%x", hashSecret(mine.HostSecret)), 403},
		{"8 kB secret", "Bearer " + strings.Repeat("a", 8<<10), 403},
		{"other session's host", "Bearer " + theirs.HostSecret, 403},
		{"other session's player", "Bearer " + zed.PlayerSecret, 403},
	}
	for _, ep := range endpoints {
		for _, s := range secrets {
			name := ep.method + " " + ep.path + " with " + s.name
			req, _ := http.NewRequest(ep.method, e.srv.URL+base+ep.path, strings.NewReader(ep.body))
			if s.header != "" {
				req.Header.Set("Authorization", s.header)
			}
			req.Header.Set("Content-Type", "application/json")
			got, resp := e.send(req)
			if got != s.want {
				t.Errorf("%s: status = %d (%s), want %d", name, got, resp, s.want)
			}
			checkErrorBody(t, name, resp)
			for _, leak := range []string{"Zed", "Secretname", "Title", "Carl", theirs.Code} {
				if strings.Contains(string(resp), leak) {
					t.Errorf("%s: the response holds the other session's %q: %s", name, leak, resp)
				}
			}
		}
	}
	// The scheme is case-insensitive (RFC 9110).
	req, _ := http.NewRequest("GET", e.srv.URL+base+"/state", nil)
	req.Header.Set("Authorization", "bearer "+mine.HostSecret)
	if resp, err := e.srv.Client().Do(req); err != nil || resp.StatusCode != 200 {
		t.Errorf("lower-case bearer scheme: %v %v, want 200", resp.StatusCode, err)
	} else {
		resp.Body.Close()
	}
	// Secrets in the query are taken only where a link or EventSource needs them.
	e.must(401, "GET", base+"/state?secret="+mine.HostSecret, "", nil, nil)
	e.must(403, "GET", base+"/events?secret="+theirs.HostSecret, "", nil, nil)
	e.must(401, "GET", base+"/results.csv?secret="+zed.PlayerSecret, "", nil, nil) // a secret in a URL is not taken
	// Nothing was changed by the refused requests: my session is still open,
	// and Ana, who never answered, still can.
	if v := e.state(mine.Code, mine.HostSecret); v.Phase != session.PhaseQuestion || v.Answers.Answered != 0 {
		t.Errorf("my session after the attacks: %s, %d answered", v.Phase, v.Answers.Answered)
	}
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
}

// flip changes the last hex digit of a secret.
func flip(s string) string {
	last := s[len(s)-1]
	if last == '0' {
		return s[:len(s)-1] + "1"
	}
	return s[:len(s)-1] + "0"
}

// TestHostileClosedQuestions answers questions that are not open: before
// the start, after the reveal, after moving on, and after the end.
func TestHostileClosedQuestions(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana, ben := e.join(cr.Code, "Ana"), e.join(cr.Code, "Ben")
	base := "/api/sessions/" + cr.Code
	answer := func(who sessionapi.JoinResponse, qid string, choice int) int {
		got, data, _ := e.do("POST", base+"/answers", who.PlayerSecret, answerBody(qid, choice))
		if got != 200 {
			checkErrorBody(t, "answer "+qid, data)
		}
		return got
	}
	var got []int
	got = append(got, answer(ana, "q1", 0)) // lobby
	e.control(cr.Code, cr.HostSecret, "start")
	got = append(got, answer(ana, "q1", 0))     // open
	got = append(got, answer(ana, "q2", 0))     // not yet open
	got = append(got, answer(ana, "q1", 1))     // changing an answer
	e.control(cr.Code, cr.HostSecret, "reveal") // closes q1
	got = append(got, answer(ben, "q1", 0))
	e.control(cr.Code, cr.HostSecret, "next")
	got = append(got, answer(ben, "q1", 0)) // a past question
	got = append(got, answer(ana, "q1", 0)) // Ana's retry of her answer still succeeds
	e.control(cr.Code, cr.HostSecret, "end")
	got = append(got, answer(ben, "q2", 1))
	if want := "[409 200 409 409 409 409 200 409]"; fmt.Sprint(got) != want {
		t.Errorf("statuses = %v, want %s", got, want)
	}
	hv := e.state(cr.Code, cr.HostSecret)
	var res []string
	for _, p := range hv.Results.Players {
		res = append(res, fmt.Sprint(p.Name, p.Answers))
	}
	// The end came on question 2 of 3: the results hold the two asked.
	if want := "[Ana[0 -1] Ben[-1 -1]]"; fmt.Sprint(res) != want {
		t.Errorf("stored answers = %v, want %s", res, want)
	}
}

// TestHostileJoinFlood joins concurrently far past the burst from one
// address: exactly the burst gets in, every other attempt gets 429 with a
// Retry-After of whole seconds, and attempts on unknown codes count too
// (so the limit also slows down anyone guessing codes).
func TestHostileJoinFlood(t *testing.T) {
	const burst, flood = 40, 120
	e := newEnv(t, func(c *APIConfig) { c.JoinBurst, c.JoinRate = burst, 1 })
	cr := e.create(nil)
	for i := range 10 {
		st, _, _ := e.do("POST", fmt.Sprintf("/api/sessions/ZZZZZ%d/players", i+2), "", map[string]string{"name": "guess"})
		if st != 404 {
			t.Fatalf("guessed code: %d, want 404", st)
		}
	}
	var mu sync.Mutex
	counts := map[int]int{}
	var badRetry []string
	var wg sync.WaitGroup
	for i := range flood {
		wg.Go(func() {
			st, data, h := e.do("POST", "/api/sessions/"+cr.Code+"/players", "", map[string]string{"name": fmt.Sprint("S", i)})
			mu.Lock()
			defer mu.Unlock()
			counts[st]++
			if st == 429 {
				if ra := h.Get("Retry-After"); ra != "1" {
					badRetry = append(badRetry, ra)
				}
				checkErrorBody(t, "429", data)
			}
		})
	}
	wg.Wait()
	if want := fmt.Sprint(map[int]int{201: burst - 10, 429: flood - burst + 10}); fmt.Sprint(counts) != want {
		t.Errorf("statuses = %v, want %s", counts, want)
	}
	if len(badRetry) > 0 {
		t.Errorf("Retry-After headers %q, want 1 (one token at 1/s)", badRetry)
	}
	if v := e.state(cr.Code, cr.HostSecret); len(v.Players) != burst-10 {
		t.Errorf("%d players joined, want %d", len(v.Players), burst-10)
	}
}

// TestHostileNamesStayUTF8 checks that whatever a name turned into, every
// view and the CSV remain valid UTF-8: JSON escapes such as a lone
// surrogate decode to U+FFFD rather than to broken bytes.
func TestHostileNamesStayUTF8(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	st, data, _ := e.do("POST", "/api/sessions/"+cr.Code+"/players", "", `{"name":"Ana\ud800"}`)
	if st != 201 {
		t.Fatalf("join with an escaped lone surrogate: %d %s", st, data)
	}
	raw := e.must(200, "GET", "/api/sessions/"+cr.Code+"/state", cr.HostSecret, nil, nil)
	csvData := e.must(200, "GET", "/api/sessions/"+cr.Code+"/results.csv", cr.HostSecret, nil, nil)
	if !utf8.Valid(raw) || !utf8.Valid(csvData) {
		t.Errorf("responses are not UTF-8:\n%q\n%q", raw, csvData)
	}
	if v := e.state(cr.Code, cr.HostSecret); v.Players[0].Name != "Ana\ufffd" {
		t.Errorf("name = %q, want Ana followed by U+FFFD", v.Players[0].Name)
	}
}

// send does a hand-made request and returns its status and body.
func (e *env) send(req *http.Request) (int, []byte) {
	e.t.Helper()
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}
