//go:build !wasm

package pgtest

import (
	"context"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestServer starts a server, uses a fresh database over TCP with the
// password, restarts the server as a crash would, finds the committed row
// again, and checks that Close leaves nothing behind.
func TestServer(t *testing.T) {
	s, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	u := s.NewDB(t)
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `CREATE TABLE t (v text); INSERT INTO t VALUES ('kept')`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	if err := s.Restart(); err != nil {
		t.Fatal(err)
	}
	conn, err = pgx.Connect(ctx, u)
	if err != nil {
		t.Fatalf("after restart: %v\n%s", err, s.Log())
	}
	var got string
	if err := conn.QueryRow(ctx, `SELECT v FROM t`).Scan(&got); err != nil || got != "kept" {
		t.Errorf("after restart: %q, %v; want kept", got, err)
	}
	conn.Close(ctx)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.dir); !os.IsNotExist(err) {
		t.Errorf("Close left %s: %v", s.dir, err)
	}
}
