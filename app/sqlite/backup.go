//go:build !wasm

package sqlite

import (
	"errors"
	"fmt"
	"os"
)

// Backup writes a consistent copy of the database to path with VACUUM INTO.
// It is safe while the server runs: it reads one snapshot under WAL, so
// answers committed during the copy are simply not in it. Copying the .db
// file alone is not safe, because recent answers may still be in the -wal file.
func (s *Store) Backup(path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("backup: %s already exists; choose a new file name", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("backup: %w", err)
	}
	// The copy holds what the database holds (names, answers, every key):
	// create it readable by its owner only. VACUUM INTO fills an empty file.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	f.Close()
	if _, err := s.db.Exec(`VACUUM INTO ?`, path); err != nil {
		os.Remove(path)
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	return nil
}
