//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"storyquiz/app/server"
	"storyquiz/app/sqlite"
)

const usage = `usage:
  storyquiz [serve] [-addr 127.0.0.1:8000] [-db ./data/storyquiz.db] [-web ./web]
  storyquiz generate [-n 10] [-seed 1] [-format json|aiken|gift] FILE|-
  storyquiz backup [-db ./data/storyquiz.db] OUT.db`

// runCLI dispatches the command line and returns the exit status.
func runCLI(args []string) int {
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return runServe(args, os.Stderr)
	case "generate":
		return runGenerate(args, os.Stdin, os.Stdout, os.Stderr)
	case "backup":
		return runBackup(args, os.Stderr)
	case "help":
		fmt.Println(usage)
		return 0
	}
	fmt.Fprintf(os.Stderr, "storyquiz: unknown command %q\n%s\n", cmd, usage)
	return 2
}

// runServe serves the app until SIGINT or SIGTERM, then drains in-flight
// requests and closes live streams.
func runServe(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on (host:port)")
	db := fs.String("db", filepath.Join("data", "storyquiz.db"), "SQLite database file for live sessions")
	web := fs.String("web", "web", "directory holding app.wasm, styles and icons")
	live := liveConfig{}
	fs.IntVar(&live.MaxPlayers, "max-players", 1000, "most students in one live session")
	fs.Float64Var(&live.JoinRate, "join-rate", 5, "join attempts per second allowed from one address in the long run")
	fs.IntVar(&live.JoinBurst, "join-burst", 100, "join attempts allowed at once from one address (a class behind one school router)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	live.DBPath = *db
	if err := serve(ctx, log, *addr, *web, live); err != nil {
		log.Error("storyquiz stopped", "err", err)
		return 1
	}
	return 0
}

func serve(ctx context.Context, log *slog.Logger, addr, webDir string, lc liveConfig) error {
	bundle, err := server.OpenBundle(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return err
	}
	live, err := openLive(lc, log)
	if err != nil {
		return err
	}
	defer live.Close()
	static, err := server.OpenStatic(webDir)
	if err != nil {
		return err
	}
	defer static.Close()
	digest, err := static.Digest()
	if err != nil {
		return fmt.Errorf("reading the web folder: %w", err)
	}
	// The pages' version covers the web files as well as the bundle, so that
	// browsers' service workers pick up an edited style.css too.
	version := bundle.Version() + "-" + digest[:8]
	h := newAppHandler(version, static)
	srv := server.New(addr, server.Handlers{App: h, Bundle: bundle, Static: static, API: live.API()})
	srv.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn) // net/http's own errors, as structured logs too
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	log.Info("storyquiz serving", "url", "http://"+ln.Addr().String(), "version", version, "db", lc.DBPath)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: draining requests")
	live.CloseStreams()
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// runBackup copies the live-session database to a new file, safely while
// the server runs.
func runBackup(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", filepath.Join("data", "storyquiz.db"), "SQLite database file to back up")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "storyquiz: backup needs one output file\n%s\n", usage)
		return 2
	}
	if _, err := os.Stat(*db); err != nil {
		fmt.Fprintf(stderr, "storyquiz: no database at %s\n", *db)
		return 1
	}
	st, err := sqlite.Open(*db)
	if err != nil {
		fmt.Fprintf(stderr, "storyquiz: %v\n", err)
		return 1
	}
	defer st.Close()
	if err := st.Backup(fs.Arg(0)); err != nil {
		fmt.Fprintf(stderr, "storyquiz: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "storyquiz: backed up %s to %s\n", *db, fs.Arg(0))
	return 0
}
