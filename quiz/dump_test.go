package quiz

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	a, err := ParseArticle(string(b))
	if err != nil {
		t.Fatal(err)
	}
	j, _ := json.MarshalIndent(a, "", " ")
	fmt.Println(string(j))
	an := analyse(a)
	for _, s := range an.sents {
		fmt.Printf("S%d cl=%+v\n", s.idx, s.cls)
		for _, m := range s.ments {
			name := ""
			if m.ent >= 0 {
				name = an.ents[m.ent].name
			}
			fmt.Printf("   %d %q ent=%q role=%q mod=%v\n", m.typ, m.text, name, m.role, m.modifier)
		}
		for _, q := range s.quotes {
			fmt.Printf("   quote %q speaker=%d\n", s.text[q.start:q.end], q.speaker)
		}
	}
	for _, e := range an.ents {
		fmt.Printf("ENT %d %q n=%d roles=%v\n", e.typ, e.name, e.count, e.roles)
	}
	for _, q := range Candidates(a) {
		fmt.Printf("C [%s] %s %v\n", q.Kind, q.Prompt, q.Options)
	}
	qz, err := Generate(string(b), Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qz.Questions {
		fmt.Printf("%s [%s] %s\n", q.ID, q.Kind, q.Prompt)
		for i, o := range q.Options {
			mark := " "
			if i == q.Answer {
				mark = "*"
			}
			fmt.Printf("   %s%s. %s\n", mark, Letter(i), o)
		}
		fmt.Printf("   evidence: %q highlight %q\n", q.Evidence.Text, q.Evidence.Highlight)
	}
}
