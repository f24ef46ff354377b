package quiz

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// decodeSeeds are quiz documents for FuzzDecode: a whole generated quiz,
// small valid ones, and broken ones that each fail a different check.
func decodeSeeds(f *testing.F) {
	text, err := readTestdata("trump-lavrov-oval-office.txt")
	if err != nil {
		f.Fatal(err)
	}
	q, err := Generate(text, Options{N: 10, Seed: 1})
	if err != nil {
		f.Fatal(err)
	}
	full, err := json.Marshal(q)
	if err != nil {
		f.Fatal(err)
	}
	const small = `{"format":"storyquiz/v1","title":"T","article":{"title":"T","paragraphs":[["Anna met Carl in Paris."]],` +
		`"headings":[{"before":0,"text":"H"}]},"questions":[{"id":"q1","kind":"who","prompt":"Who met Anna?",` +
		`"options":["Carl","Dora"],"answer":0,"evidence":{"paragraph":0,"sentence":0,"text":"Anna met Carl in Paris.","highlight":"Carl"}}]}`
	for _, s := range []string{
		string(full),
		small,
		strings.Replace(small, `"headings":[{"before":0,"text":"H"}]`, `"headings":[]`, 1),
		strings.Replace(small, `"answer":0`, `"answer":-1`, 1),
		strings.Replace(small, `"answer":0`, `"answer":1e9`, 1),
		strings.Replace(small, `"paragraph":0`, `"paragraph":99`, 1),
		strings.Replace(small, `"Carl","Dora"`, `"Carl","carl"`, 1),
		strings.Replace(small, `"kind":"who"`, `"kind":"<script>"`, 1),
		strings.Replace(small, `Paris`, `Par\ud800is`, 2),
		strings.Replace(small, `"format"`, `"extra":1,"format"`, 1),
		small + ` {}`,
		small[:len(small)/2],
		"", "null", "[]", "{}", `"storyquiz/v1"`, `{"format":"storyquiz/v1"}`,
		"{\"format\":\"storyquiz/v1\",\"title\":\"\xff\"}",
		strings.Repeat("[", 10000),
	} {
		f.Add([]byte(s))
	}
}

// FuzzDecode checks that Decode never panics, that whatever it accepts is
// valid, and that an accepted quiz survives encoding and decoding again
// unchanged: what a client sends is what the server stores and replays.
func FuzzDecode(f *testing.F) {
	decodeSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := Decode(data)
		if err != nil {
			if q != nil {
				t.Fatalf("Decode returned a quiz and an error: %v", err)
			}
			return
		}
		if err := q.Validate(); err != nil {
			t.Fatalf("Decode accepted an invalid quiz: %v", err)
		}
		enc, err := json.Marshal(q)
		if err != nil {
			t.Fatalf("encoding an accepted quiz: %v", err)
		}
		q2, err := Decode(enc)
		if err != nil {
			t.Fatalf("Decode refused its own quiz re-encoded: %v\n%s", err, enc)
		}
		if !reflect.DeepEqual(q, q2) {
			t.Fatalf("the quiz changed on re-encoding:\nfirst  %+v\nsecond %+v", q, q2)
		}
	})
}
