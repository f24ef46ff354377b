//go:build !wasm

package sqlite

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

func TestBackupHoldsCommittedEvents(t *testing.T) {
	dir := t.TempDir()
	st, err := Open(filepath.Join(dir, "live.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	ss, err := session.New(sessiontest.Quiz(3), session.Settings{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateSession("ABCDEF", "hash", ss); err != nil {
		t.Fatal(err)
	}
	join := session.Event{Type: session.EvJoin, At: now, PlayerID: "p1", Name: "Ada", SecretHash: "h1"}
	if err := ss.Apply(join); err != nil {
		t.Fatal(err)
	}
	if err := st.Append("ABCDEF", join)(); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(dir, "backup.db")
	if err := st.Backup(out); err != nil {
		t.Fatal(err)
	}
	if err := st.Backup(out); err == nil {
		t.Error("a second backup over the same file succeeded, want a refusal")
	}
	copy, err := Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer copy.Close()
	rec, err := copy.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := rec.Session.PlayerCount(), 1; got != want {
		t.Errorf("players in the backup = %d, want %d", got, want)
	}
}

// TestBackupOwnerOnly checks that a backup, which holds every name and
// answer, is readable by its owner only.
func TestBackupOwnerOnly(t *testing.T) {
	st, _ := openTemp(t)
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := st.Backup(out); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got&0o077 != 0 {
		t.Errorf("backup mode %v, want no access for group and others", got)
	}
	if err := st.Backup(out); err == nil {
		t.Error("a backup over an existing file was accepted")
	}
}
