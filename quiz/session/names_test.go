package session

import (
	"errors"
	"strings"
	"testing"
)

// TestCleanNameHostile checks the display name made of hostile, invisible
// and look-alike input: what a teacher reads in the roster and the export.
func TestCleanNameHostile(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            error
	}{
		{"zero-width joiner after a letter", "Ana\u200d", "Ana", nil},
		{"zero-width space in front", "\u200bAna", "Ana", nil},
		{"variation selector after a letter", "Ana\ufe0f", "Ana", nil},
		{"soft hyphen", "A\u00adna", "Ana", nil},
		{"tag characters", "Ana\U000E0041\U000E007F", "Ana", nil},
		{"Mongolian vowel separator", "An\u180ea", "Ana", nil},
		{"left-to-right mark", "\u200eAna", "Ana", nil},
		{"fullwidth letters", "Ａｎａ", "Ana", nil},
		{"mathematical bold letters", "𝐀𝐧𝐚", "Ana", nil},
		{"ligature", "ﬁona", "fiona", nil},
		{"decomposed é is composed", "Rene\u0301", "René", nil},
		{"inner spaces collapse", "Ana  \u00a0\u3000Lee", "Ana Lee", nil},
		{"braille blank is a space", "Ana\u2800Lee", "Ana Lee", nil},
		{"Hangul filler dropped", "\u3164Ana\u3164", "Ana", nil},
		{"halfwidth Hangul filler dropped", "Ana\uffa0", "Ana", nil},
		{"combining mark with no letter under it", "\u0301Ana", "Ana", nil},
		{"emoji ZWJ sequence kept whole", "👩\u200d🔬 Sam", "👩\u200d🔬 Sam", nil},
		{"emoji presentation selector kept", "❤\ufe0f Mia", "❤\ufe0f Mia", nil},
		{"skin tone and ZWJ kept", "🧑🏽\u200d🚀 Li", "🧑🏽\u200d🚀 Li", nil},
		{"a tower of marks is cut", "Z" + strings.Repeat("\u0336", 20), "Z\u0336\u0336\u0336", nil},
		{"Vietnamese stacked accents kept", "Nguye\u0302\u0303n", "Nguyễn", nil},
		{"Cyrillic name kept as typed", "Анна", "Анна", nil},
		{"Devanagari name kept as typed", "गुरु", "गुरु", nil},
		{"digits only", "42", "42", nil},
		{"many invisibles around a short name", strings.Repeat("\u200b", 60) + "Ana", "Ana", nil},
		{"length counted after normalisation", "ﷺﷺ", "", ErrBadName},
		{"Hangul filler only", "\u3164", "", ErrBadName},
		{"halfwidth Hangul filler only", "\uffa0\uffa0", "", ErrBadName},
		{"braille blank only", "\u2800\u2800", "", ErrBadName},
		{"marks only", "\u0301\u0308", "", ErrBadName},
		{"zero-width joiners only", "\u200d\u200d\u200d", "", ErrBadName},
		{"variation selectors only", "\ufe0f\ufe0e", "", ErrBadName},
		{"emoji only", "🦊", "", ErrBadName},
		{"punctuation only", "...", "", ErrBadName},
		{"right-to-left override", "evil\u202etxt", "", ErrBadName},
		{"left-to-right isolate", "a\u2066b", "", ErrBadName},
		{"interlinear annotation", "a\ufff9b\ufffbc", "", ErrBadName},
		{"private use", "Ana\ue000", "", ErrBadName},
		{"unassigned code point", "Ana\u0378", "", ErrBadName},
		{"huge input", strings.Repeat("\u200b", 2000) + "Ana", "", ErrBadName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CleanName(tt.in)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Errorf("CleanName(%+q) = %+q, %v; want %+q, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}

// TestNoLetterMessage checks that a name refused for having nothing to read
// says so, since the message is shown to the student as it is.
func TestNoLetterMessage(t *testing.T) {
	_, err := CleanName("\u2800")
	want := "a name needs at least one letter or digit"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("CleanName(braille blank) error = %v, want one that says %q", err, want)
	}
}

// sameName reports whether two names, as typed, are the same name in a
// session.
func sameName(t *testing.T, a, b string) bool {
	t.Helper()
	ca, err := CleanName(a)
	if err != nil {
		t.Fatalf("CleanName(%+q): %v", a, err)
	}
	cb, err := CleanName(b)
	if err != nil {
		t.Fatalf("CleanName(%+q): %v", b, err)
	}
	return nameKey(ca) == nameKey(cb)
}

func TestNameKey(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"case", "Ana Lee", "ANA LEE", true},
		{"inner spacing", "Ana  Lee", "ana lee", true},
		{"zero-width joiner", "Ana", "Ana\u200d", true},
		{"joiner inside", "Ana", "A\u200dna", true},
		{"variation selector", "Ana", "An\ufe0ea", true},
		{"Cyrillic a", "Ana", "Аnа", true},
		{"Cyrillic capitals", "BOB", "ВОВ", true},
		{"Cyrillic lower case", "Pepe", "Рере", true},
		{"Greek capitals", "PETER", "ΡΕΤΕR", true},
		{"Greek and Cyrillic mixed", "Peter", "Ρеtеr", true},
		{"fullwidth", "Ana", "Ａｎａ", true},
		{"decomposed and composed é", "René", "Rene\u0301", true},
		{"marks folded", "Zoë", "Zoe", true},
		{"marks folded in Greek", "Άννα", "Αννα", true},
		{"German sharp s", "Straße", "STRASSE", true},
		{"Turkish dotless i", "Ali", "Alı", true},
		{"zero for O", "Oskar", "0skar", true},
		{"small capitals", "Ana", "ᴀɴᴀ", true},
		{"braille blank", "Ana Lee", "Ana\u2800Lee", true},
		{"Hangul filler", "Ana Lee", "Ana \u3164Lee", true},
		{"emoji with and without joiner", "👩\u200d🔬 Sam", "👩🔬 Sam", true},
		{"dash look-alikes", "Ana-Lee", "Ana\u2010Lee", true},
		{"different names", "Ana", "Anna", false},
		{"added initial", "Ana", "Ana B", false},
		{"Cyrillic name and Latin spelling", "Анна", "Anna", false},
		{"Devanagari vowel signs matter", "गुरु", "गर", false},
		{"Hebrew letters differ", "דן", "דנ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameName(t, tt.a, tt.b); got != tt.want {
				ka, _ := CleanName(tt.a)
				kb, _ := CleanName(tt.b)
				t.Errorf("same name %+q and %+q = %v, want %v (keys %+q, %+q)", tt.a, tt.b, got, tt.want, nameKey(ka), nameKey(kb))
			}
		})
	}
}

// TestJoinLookAlike checks that a look-alike or padded name cannot join
// beside a player, nor come back after the host removed that player (the
// removed name stays taken, whatever invisible or look-alike characters are
// added to it).
func TestJoinLookAlike(t *testing.T) {
	tests := []struct {
		name string
		kick bool
		as   string
		want error
	}{
		{"zero-width joiner", false, "Ana\u200d", ErrNameTaken},
		{"variation selector", false, "Ana\ufe0f", ErrNameTaken},
		{"Cyrillic", false, "Аna", ErrNameTaken},
		{"fullwidth", false, "Ａna", ErrNameTaken},
		{"braille blank", false, "Ana\u2800", ErrNameTaken},
		{"Hangul filler", false, "\u3164Ana", ErrNameTaken},
		{"marks", false, "Ána", ErrNameTaken},
		{"another name", false, "Anna", nil},
		{"kicked, zero-width joiner", true, "Ana\u200d", ErrNameTaken},
		{"kicked, zero-width space", true, "A\u200bna", ErrNameTaken},
		{"kicked, Cyrillic", true, "Аnа", ErrNameTaken},
		{"kicked, upper case and selector", true, "ANA\ufe0e", ErrNameTaken},
		{"kicked, another name", true, "Anna", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t, Settings{}, join("p1", "Ana"))
			if tt.kick {
				if err := s.Apply(Event{Type: EvKick, At: t0, PlayerID: "p1"}); err != nil {
					t.Fatal(err)
				}
			}
			if got := s.Apply(join("p2", tt.as)); !errors.Is(got, tt.want) {
				t.Errorf("join as %+q = %v, want %v", tt.as, got, tt.want)
			}
		})
	}
}

// TestJoinStoresCleanName checks that the roster shows the cleaned name, not
// the bytes the student sent.
func TestJoinStoresCleanName(t *testing.T) {
	s := newSession(t, Settings{}, join("p1", " \u200bＡna\u2800 Lee\u200d "))
	v := s.HostView(t0)
	if len(v.Players) != 1 {
		t.Fatalf("HostView has %d players, want 1", len(v.Players))
	}
	if got, want := v.Players[0].Name, "Ana Lee"; got != want {
		t.Errorf("roster name = %+q, want %+q", got, want)
	}
}
