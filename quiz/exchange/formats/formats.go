// Package formats lists the file formats a quiz can be downloaded in, for
// the browser's download buttons, the command line's -format flag and the
// server's converter (package exchange), without the converters
// themselves.
package formats

import "strings"

// MaxImportBytes caps a quiz file to import: a question bank exported from
// a platform is larger than the same quiz in storyquiz/v1 JSON.
const MaxImportBytes = 1 << 20

// Format describes one file format a quiz can be written in.
type Format struct {
	Name  string // the -format flag's value, e.g. "moodle"
	Label string // what a teacher reads on a download button
	Ext   string // file name ending, with its dot(s)
	MIME  string // media type of the download
}

// List holds every export format, in the order they are offered.
var List = []Format{
	{"json", "Quiz file (JSON)", ".json", "application/json"},
	{"moodle", "Moodle XML", ".moodle.xml", "application/xml"},
	{"qti", "QTI 2.1 package (.zip)", ".qti.zip", "application/zip"},
	{"blackboard", "Blackboard (tab-delimited)", ".blackboard.txt", "text/plain"},
	{"gift", "Moodle GIFT", ".gift.txt", "text/plain"},
	{"aiken", "Moodle Aiken", ".aiken.txt", "text/plain"},
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, bool) {
	for _, f := range List {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names lists the format names, for usage messages.
func Names() []string {
	out := make([]string, len(List))
	for i, f := range List {
		out[i] = f.Name
	}
	return out
}

// FileName is the name a quiz titled title gets when downloaded in format
// f: the title in lower-case ASCII words joined by dashes, at most 48
// characters, then the format's ending ("storyquiz" when the title has no
// such letters).
func FileName(title string, f Format) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(title) {
		if b.Len() >= 48 {
			break
		}
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		s = "storyquiz"
	}
	return s + f.Ext
}
