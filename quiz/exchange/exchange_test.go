package exchange

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"storyquiz/quiz"
	"storyquiz/quiz/exchange/formats"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// gardenQuiz is a quiz over a short article written for these tests.
func gardenQuiz() *quiz.Quiz {
	art := quiz.Article{
		Title: "Pupils in Harwick grow a rooftop garden",
		Paragraphs: [][]string{
			{"Pupils at Harwick Primary School planted a rooftop garden on Tuesday.",
				"Head teacher Mira Osei said the garden would supply the school kitchen."},
			{"The 42 pupils grew beans, tomatoes and mint in 18 wooden boxes.",
				"Gardener Tom Reyes, who trained the pupils, called the roof “a classroom in the sky”."},
		},
	}
	ev := func(p, s int, hl string) quiz.Evidence {
		return quiz.Evidence{Paragraph: p, Sentence: s, Text: art.Paragraphs[p][s], Highlight: hl}
	}
	return &quiz.Quiz{
		Format: quiz.Format, Title: "Pupils in Harwick grow a rooftop garden", Seed: 7, Article: art,
		Questions: []quiz.Question{
			{ID: "q1", Kind: quiz.KindWho, Prompt: "Who is the head teacher of Harwick Primary School?",
				Options: []string{"Mira Osei", "Tom Reyes", "Ana Lind", "Sam Carter"}, Answer: 0, Evidence: ev(0, 1, "Mira Osei")},
			{ID: "q2", Kind: quiz.KindNumber, Prompt: "How many wooden boxes did the pupils use?",
				Options: []string{"12", "18", "24", "30"}, Answer: 1, Evidence: ev(1, 0, "18")},
			{ID: "q3", Kind: quiz.KindWhen, Prompt: "On which day did the pupils plant the garden?",
				Options: []string{"Monday", "Tuesday", "Friday", "Sunday"}, Answer: 1, Evidence: ev(0, 0, "Tuesday")},
			{ID: "q4", Kind: quiz.KindTrueFalse, Prompt: "True or false? The garden will supply the school kitchen.",
				Options: []string{"True", "False"}, Answer: 0, Evidence: ev(0, 1, "")},
			{ID: "q5", Kind: quiz.KindQuote, Prompt: "Who called the roof “a classroom in the sky”?",
				Options: []string{"Ana Lind", "Mira Osei", "Tom Reyes", "Sam Carter"}, Answer: 2, Evidence: ev(1, 1, "Tom Reyes")},
		},
	}
}

// Hostile text: everything a format gives a meaning to, line breaks and
// right-to-left text.
const (
	hostileTitle  = `Quotes "q" & 'a' <b>not bold</b> ~ = # { } : \ a/b // עברית`
	hostilePrompt = "Which \"one\" is <right> & fair? ~ = # { } : \\n \\ -> a//b\nsecond line ‏שלום עולם‏"
	hostileSource = "She said: \"{x} = y #1 ~ z\" & <left> ]]> --> \\\nמרחבא بالعالم"
)

// hostileQuiz has no article, like a quiz imported from a platform.
func hostileQuiz() *quiz.Quiz {
	return &quiz.Quiz{
		Format: quiz.Format, Title: hostileTitle,
		Questions: []quiz.Question{
			{ID: "q1", Kind: quiz.KindWhat, Prompt: hostilePrompt,
				Options: []string{"a->b", "=start ~tilde", "#hash {brace} colon: yes", "back\\slash <i>tag</i> &amp;", "مرحبا بالعالم", "line\nbreak"},
				Answer:  3, Evidence: quiz.Evidence{Text: hostileSource}},
			{ID: "q2", Kind: quiz.KindWhat, Prompt: "%50% of what [plain] is {this}?",
				Options: []string{"%100% sure", "[html] maybe", "[x] ~no"}, Answer: 0},
			{ID: "q3", Kind: quiz.KindTrueFalse, Prompt: "True or false? 2 < 3 && 3 > 2 ####",
				Options: []string{"True", "False"}, Answer: 1, Evidence: quiz.Evidence{Text: "#### {T}"}},
		},
	}
}

func TestQuizzesAreValid(t *testing.T) {
	for name, q := range map[string]*quiz.Quiz{"garden": gardenQuiz(), "hostile": hostileQuiz()} {
		if err := q.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// golden compares got with testdata/name, or writes it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	q := gardenQuiz()
	for _, f := range formats.List {
		t.Run(f.Name, func(t *testing.T) {
			got := Write(f, q)
			if f.Name != "qti" {
				golden(t, "garden"+f.Ext, got)
				return
			}
			// The package's files are golden one by one, so a change reads
			// as a diff; the zip itself must be the same bytes every time.
			if !bytes.Equal(got, Write(f, q)) {
				t.Error("two QTI packages of the same quiz differ")
			}
			for name, data := range unzip(t, got) {
				golden(t, "garden.qti/"+name, data)
			}
		})
	}
}

func unzip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("the QTI package is not a zip archive: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := b.ReadFrom(rc); err != nil {
			t.Fatalf("%s: %v", f.Name, err) // a bad CRC shows here
		}
		rc.Close()
		if f.Method != zip.Store || f.NonUTF8 {
			t.Errorf("%s: method %d, non-UTF-8 name %v", f.Name, f.Method, f.NonUTF8)
		}
		out[f.Name] = b.Bytes()
	}
	return out
}

// xmlFiles returns every XML document the exports of q write.
func xmlFiles(t *testing.T, q *quiz.Quiz) map[string][]byte {
	files := map[string][]byte{"moodle.xml": MoodleXML(q)}
	for name, data := range unzip(t, QTI(q)) {
		files["qti/"+name] = data
	}
	return files
}

// xmllint finds xmllint, installing Debian's libxml2-utils when it is
// missing, as make test installs chromium.
func xmllint(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("xmllint"); err == nil {
		return p
	}
	if _, err := exec.LookPath("apt-get"); err != nil {
		t.Skip("xmllint is not installed and apt-get is not available to install libxml2-utils")
	}
	sudo := []string{}
	if os.Geteuid() != 0 {
		if _, err := exec.LookPath("sudo"); err != nil {
			t.Skip("xmllint is not installed, and installing libxml2-utils needs root")
		}
		sudo = []string{"sudo"}
	}
	run := func(args ...string) error {
		cmd := exec.Command(append(sudo, args...)[0], append(sudo, args...)[1:]...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Logf("%s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return err
	}
	if run("apt-get", "install", "-y", "-qq", "libxml2-utils") != nil {
		if err := run("apt-get", "update", "-qq"); err != nil {
			t.Fatalf("cannot install libxml2-utils: %v", err)
		}
		if err := run("apt-get", "install", "-y", "-qq", "libxml2-utils"); err != nil {
			t.Fatalf("cannot install libxml2-utils: %v", err)
		}
	}
	p, err := exec.LookPath("xmllint")
	if err != nil {
		t.Fatal("libxml2-utils installed, but xmllint is not on the PATH")
	}
	return p
}

// TestXMLWellFormed checks every XML file of every export with xmllint and
// with encoding/xml. Neither Moodle XML nor QTI 2.1 nor IMS CP ships a
// schema in a Debian or npm package (IMS publishes its XSDs only on its own
// site), so well-formedness and the structural checks of the other tests
// are what is checked.
func TestXMLWellFormed(t *testing.T) {
	lint := xmllint(t)
	dir := t.TempDir()
	for qname, q := range map[string]*quiz.Quiz{"garden": gardenQuiz(), "hostile": hostileQuiz()} {
		for name, data := range xmlFiles(t, q) {
			p := filepath.Join(dir, qname+"-"+strings.ReplaceAll(name, "/", "-"))
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command(lint, "--noout", "--nonet", p).CombinedOutput(); err != nil {
				t.Errorf("%s %s is not well-formed: %v\n%s", qname, name, err, out)
			}
			if _, err := parseXML(string(data)); err != nil {
				t.Errorf("%s %s: encoding/xml: %v", qname, name, err)
			}
		}
	}
}

// TestQTIManifest checks that the manifest lists every file of the package
// and nothing else, that each resource's files exist, and that the test
// refers to every item in order.
func TestQTIManifest(t *testing.T) {
	for qname, q := range map[string]*quiz.Quiz{"garden": gardenQuiz(), "hostile": hostileQuiz()} {
		files := unzip(t, QTI(q))
		man, err := parseXML(string(files["imsmanifest.xml"]))
		if err != nil {
			t.Fatalf("%s: manifest: %v", qname, err)
		}
		var listed []string
		ids := map[string]string{} // resource identifier → type
		for _, r := range man.child("resources").Children {
			ids[r.Attr["identifier"]] = r.Attr["type"]
			if _, ok := files[r.Attr["href"]]; !ok {
				t.Errorf("%s: resource %s points to %q, not in the package", qname, r.Attr["identifier"], r.Attr["href"])
			}
			for _, c := range r.Children {
				switch c.Name {
				case "file":
					listed = append(listed, c.Attr["href"])
				case "dependency":
					if ids[c.Attr["identifierref"]] == "" && !strings.HasPrefix(c.Attr["identifierref"], "item") {
						t.Errorf("%s: dependency on unknown resource %q", qname, c.Attr["identifierref"])
					}
				}
			}
		}
		var inZip []string
		for name := range files {
			if name != "imsmanifest.xml" {
				inZip = append(inZip, name)
			}
		}
		sort.Strings(listed)
		sort.Strings(inZip)
		if !reflect.DeepEqual(listed, inZip) {
			t.Errorf("%s: manifest lists %q, the package holds %q", qname, listed, inZip)
		}
		test, err := parseXML(string(files["tests/test.xml"]))
		if err != nil {
			t.Fatal(err)
		}
		var refs []string
		for _, r := range test.child("testPart").child("assessmentSection").Children {
			refs = append(refs, strings.TrimPrefix(r.Attr["href"], "../"))
			if ids[r.Attr["identifier"]] != "imsqti_item_xmlv2p1" {
				t.Errorf("%s: test refers to %q, which the manifest does not list as an item", qname, r.Attr["identifier"])
			}
		}
		if len(refs) != len(q.Questions) {
			t.Errorf("%s: the test refers to %d items for %d questions", qname, len(refs), len(q.Questions))
		}
		for i, ref := range refs {
			item, err := parseXML(string(files[ref]))
			if err != nil {
				t.Fatalf("%s: %s: %v", qname, ref, err)
			}
			if got, want := xmlInner(t, files[ref], "prompt"), q.Questions[i].Prompt; got != want {
				t.Errorf("%s: item %d prompt = %q, want %q", qname, i+1, got, want)
			}
			if got := item.child("responseDeclaration").child("correctResponse").child("value").Text; got != quiz.Letter(q.Questions[i].Answer) {
				t.Errorf("%s: item %d key = %q", qname, i+1, got)
			}
		}
	}
}

// xmlInner returns the text of the first element named tag in an XML
// document, reading <br/> as a line break, as a QTI player shows it.
func xmlInner(t *testing.T, doc []byte, tag string) string {
	t.Helper()
	s := string(doc)
	i := strings.Index(s, "<"+tag)
	if i < 0 {
		t.Fatalf("no <%s> in\n%s", tag, doc)
	}
	i += strings.IndexByte(s[i:], '>') + 1
	j := strings.Index(s[i:], "</"+tag+">")
	inner := strings.ReplaceAll(s[i:i+j], "<br/>", "&#10;")
	var v struct {
		Text string `xml:",chardata"`
	}
	if err := xml.Unmarshal([]byte("<x>"+inner+"</x>"), &v); err != nil {
		t.Fatalf("<%s>: %v", tag, err)
	}
	return v.Text
}

func TestStoredZip(t *testing.T) {
	files := []zipFile{{"a.txt", []byte("hello")}, {"dir/ünïcode.xml", []byte("<x/>")}, {"empty", nil}}
	got := unzip(t, storedZip(files))
	for _, f := range files {
		if !bytes.Equal(got[f.Name], f.Data) {
			t.Errorf("%s = %q, want %q", f.Name, got[f.Name], f.Data)
		}
	}
	if len(got) != len(files) {
		t.Errorf("%d files, want %d", len(got), len(files))
	}
}
