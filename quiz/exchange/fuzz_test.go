package exchange

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead checks that no file makes Read panic, and that every quiz it
// returns is valid, so that whatever a teacher opens can be reviewed,
// practised and hosted.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"garden.gift.txt", "garden.aiken.txt", "garden.moodle.xml", "garden.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(name, data)
	}
	f.Add("x.gift", []byte("::a:: b {=c ~d #e ####f}\n\n{T}\n\n::\\:: {~%50%x =y}"))
	f.Add("x.txt", []byte("Q\nA. a\nB) b\nANSWER: b\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		imp, err := Read(name, data)
		if err != nil {
			return
		}
		if err := imp.Quiz.Validate(); err != nil {
			t.Fatalf("Read returned an invalid quiz: %v", err)
		}
	})
}
