package formats

import "testing"

func TestFileName(t *testing.T) {
	moodle, _ := Lookup("moodle")
	tests := []struct{ title, want string }{
		{"Trump meets Russia's Lavrov for 'rare' Oval Office talks", "trump-meets-russia-s-lavrov-for-rare-oval-office.moodle.xml"},
		{"  ¡Hola!  ", "hola.moodle.xml"},
		{"", "storyquiz.moodle.xml"},
		{"日本語", "storyquiz.moodle.xml"},
	}
	for _, tt := range tests {
		if got := FileName(tt.title, moodle); got != tt.want {
			t.Errorf("FileName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, f := range List {
		got, ok := Lookup(f.Name)
		if !ok || got != f {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", f.Name, got, ok, f)
		}
	}
	if _, ok := Lookup("docx"); ok {
		t.Error(`Lookup("docx") found a format`)
	}
}
