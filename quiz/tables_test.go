package quiz

import (
	"os"
	"os/exec"
	"testing"
)

// TestMain fills the engine's tables before the tests, which call the
// engine's stages directly, not only through its entry points; a child
// process started by TestEntryPointsLoadTables does not, so that it can
// see what an entry point loads.
func TestMain(m *testing.M) {
	if os.Getenv("QUIZ_TABLES_ENTRY") == "" {
		LoadTables()
	}
	os.Exit(m.Run())
}

// TestEntryPointsLoadTables checks, each in a fresh process, that every
// entry point of the engine fills its tables before using them: the tables
// start empty (the browser fills them only on pages that run the engine),
// and an empty table would not fail, only give worse questions.
func TestEntryPointsLoadTables(t *testing.T) {
	if entry := os.Getenv("QUIZ_TABLES_ENTRY"); entry != "" {
		if tablesLoaded.Load() || titleWords["president"] {
			t.Fatal("the tables were filled before any entry point ran")
		}
		q := &Quiz{Format: Format, Article: Article{Paragraphs: [][]string{{"Mayor Ann Lee opened the bridge in Dunmere on Monday."}}},
			Questions: []Question{{ID: "q1", Kind: KindCloze, Prompt: "Mayor _____ opened the bridge.", Options: []string{"Ann Lee", "Bo Tan"}, Answer: 0,
				Evidence: Evidence{Paragraph: 0, Sentence: 0, Text: "Mayor Ann Lee opened the bridge in Dunmere on Monday."}}}}
		switch entry {
		case "ParseArticle":
			_, _ = ParseArticle("Bridge opens\n\nMayor Ann Lee opened the bridge in Dunmere on Monday.")
		case "Generate":
			_, _ = Generate("Bridge opens\n\nMayor Ann Lee opened the bridge in Dunmere on Monday.", Options{})
		case "GenerateReport":
			_, _, _ = GenerateReport("Bridge opens\n\nMayor Ann Lee opened the bridge in Dunmere on Monday.", Options{})
		case "Candidates":
			_ = Candidates(&q.Article)
		case "Alternatives":
			_ = Alternatives(q, 0)
		case "LoadTables":
			LoadTables()
		}
		if !tablesLoaded.Load() || !titleWords["president"] {
			t.Fatalf("%s ran without filling the tables", entry)
		}
		return
	}
	for _, entry := range []string{"ParseArticle", "Generate", "GenerateReport", "Candidates", "Alternatives", "LoadTables"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestEntryPointsLoadTables$", "-test.count=1")
		cmd.Env = append(os.Environ(), "QUIZ_TABLES_ENTRY="+entry)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", entry, err, out)
		}
	}
}
