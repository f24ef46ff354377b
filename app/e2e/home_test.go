//go:build !wasm

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestDeleteMyQuizzes keeps two quizzes in the browser (opened from GIFT
// files) and deletes them from the home page one after the other: the
// second Delete, on the row that moved up, must delete the quiz it shows.
func TestDeleteMyQuizzes(t *testing.T) {
	srv := startServer(t, "")
	b := newBrowser(t, 1366, 768)
	for _, title := range []string{"Rivers", "Lakes"} {
		file := filepath.Join(t.TempDir(), title+".gift")
		gift := fmt.Sprintf("$CATEGORY: %s\n\n::a:: Which river flows through Cairo? {=the Nile ~the Amazon ~the Danube}\n", title)
		if err := os.WriteFile(file, []byte(gift), 0o644); err != nil {
			t.Fatal(err)
		}
		b.open(t, srv.URL+"/create")
		b.do(t, "opening "+title, chromedp.SetUploadFiles(chromedp.ID("quiz-file"), []string{file}), chromedp.WaitVisible(chromedp.CSS(".qlist")))
	}
	b.open(t, srv.URL+"/")
	b.do(t, "waiting for my quizzes", chromedp.WaitVisible(chromedp.CSS(".mylist")))
	titles := func() []string {
		return eval[[]string](t, b, `[...document.querySelectorAll(".mylist .title")].map((e) => e.textContent)`)
	}
	if got := titles(); len(got) != 2 {
		t.Fatalf("my quizzes: %q, want two", got)
	}
	b.do(t, "answering yes to every confirmation", chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`))
	for len(titles()) > 0 {
		first := titles()[0]
		b.do(t, "deleting "+first, chromedp.Click(chromedp.CSS(".mylist li:first-child .btn-danger")))
		b.waitJS(t, first+" gone", fmt.Sprintf(`![...document.querySelectorAll(".mylist .title")].some((e) => e.textContent === %q)`, first))
	}
	b.checkConsole(t)
}
