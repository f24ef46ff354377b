//go:build !wasm

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"storyquiz/app/server"
	"storyquiz/app/sessionapi"
	"storyquiz/app/tools/pgtest"
)

// webDir makes a web folder of small files that serve accepts.
func webDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web")
	os.MkdirAll(dir, 0o755)
	for name, data := range map[string]string{"app.wasm": "\x00asm", "engine.wasm": "\x00asm", "style.css": "body{}", "icon-192.png": "png", "icon.svg": "<svg/>"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestServePostgres serves with -db set to a PostgreSQL URL: a session
// created through the API is in PostgreSQL, and the password is in no log
// line.
func TestServePostgres(t *testing.T) {
	pg := pgtest.New(t)
	dbURL := pg.NewDB(t)
	var logs syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	errc := make(chan error, 1)
	cfg := serveConfig{
		Addr: "127.0.0.1:0", WebDir: webDir(t), DrainTimeout: drainTimeout,
		Live:      liveConfig{DBPath: dbURL, API: server.APIConfig{MaxPlayers: 10, JoinRate: 5, JoinBurst: 10}},
		listening: func(a string) { addr <- a },
	}
	go func() { errc <- serve(ctx, slog.New(slog.NewTextHandler(&logs, nil)), cfg) }()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case err := <-errc:
		t.Fatalf("serve: %v\n%s", err, logs.String())
	}
	body, _ := json.Marshal(sessionapi.CreateRequest{Story: "trump-lavrov-oval-office"})
	resp, err := http.Post(base+"/api/sessions", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var created sessionapi.CreateResponse
	json.NewDecoder(resp.Body).Decode(&created)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated || created.Code == "" {
		t.Fatalf("create: %d %+v\n%s", resp.StatusCode, created, logs.String())
	}
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("serve: %v", err)
	}

	conn, err := pgx.Connect(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM sessions WHERE code = $1`, created.Code).Scan(&n); err != nil || n != 1 {
		t.Errorf("session %s in PostgreSQL: %d rows, %v; want 1", created.Code, n, err)
	}
	if l := logs.String(); strings.Contains(l, pg.Password) || !strings.Contains(l, "postgres://"+pgtest.User+":xxxxx@") {
		t.Errorf("the log should name the database without its password:\n%s", l)
	}
}

// TestServeBadPostgresURL starts the serve command with a wrong password
// and with a malformed URL: each exits 1 with one clear line that holds no
// password, at once (a refusal is not waited out).
func TestServeBadPostgresURL(t *testing.T) {
	pg := pgtest.New(t)
	const secret = "Wr0ng-Secret-19cd"
	web := webDir(t)
	tests := []struct {
		name, url, want string
	}{
		{"wrong password", strings.Replace(pg.URL("postgres"), pg.Password, secret, 1), "password authentication failed"},
		{"malformed URL", "postgres://u:" + secret + "@127.0.0.1:port/db", "not valid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := runServe([]string{"-addr", "127.0.0.1:0", "-web", web, "-db", tt.url}, &stderr)
			out := strings.TrimSuffix(stderr.String(), "\n")
			t.Log(out)
			if code != 1 || strings.Contains(out, "\n") || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, output %q; want 1 and one line containing %q", code, out, tt.want)
			}
			if strings.Contains(out, secret) || strings.Contains(out, pg.Password) {
				t.Errorf("the password leaked: %s", out)
			}
		})
	}
}

// TestBackupPostgresURL points backup at a PostgreSQL URL: it says to use
// pg_dump, without the password.
func TestBackupPostgresURL(t *testing.T) {
	var stderr bytes.Buffer
	code := runBackup([]string{"-db", "postgres://u:Secret-55@127.0.0.1/db", "out.dump"}, &stderr)
	if out := stderr.String(); code != 2 || !strings.Contains(out, "pg_dump") || strings.Contains(out, "Secret-55") {
		t.Errorf("exit %d, %q; want 2 and a pointer to pg_dump without the password", code, out)
	}
}
