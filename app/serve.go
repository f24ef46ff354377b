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
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/postgres"
	"storyquiz/app/server"
	"storyquiz/app/sqlite"
)

// serveGCPercent is the server's garbage-collection target (Go's GOGC),
// unless the environment sets one.
const serveGCPercent = 200

// tuneGC sets the server's garbage-collection target unless GOGC in the
// environment decides. Every answer leaves short-lived garbage; collecting
// when the heap has tripled rather than doubled takes the collector out of
// most of a class's bursts: in the district bench, 3,000 students' p99
// answer went from 66–131 ms to about 40 ms, for about a third more memory.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
}

// runServe serves the app until SIGINT or SIGTERM, then drains in-flight
// requests and closes live streams.
func runServe(args []string, stderr io.Writer) int {
	cfg, err := parseServe(args, stderr)
	if err != nil {
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	tuneGC(os.Getenv)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, log, cfg); err != nil {
		log.Error("storyquiz stopped", "err", err)
		return 1
	}
	return 0
}

// serveFlags is serve's flag set, bound to the config it returns.
func serveFlags(out io.Writer) (*flag.FlagSet, *serveConfig) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(out)
	cfg := &serveConfig{DrainTimeout: drainTimeout}
	api := &cfg.Live.API
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8000", "address to listen on (host:port); the server's LAN address or 0.0.0.0:8000 lets phones reach it")
	fs.StringVar(&cfg.Live.DBPath, "db", sqlite.DefaultPath, "live sessions' database: a SQLite file, or a PostgreSQL URL (postgres://user:pass@host:5432/db?sslmode=disable) that several servers share")
	fs.StringVar(&cfg.WebDir, "web", "web", "directory holding app.wasm, styles and icons")
	fs.IntVar(&api.MaxPlayers, "max-players", server.DefaultMaxPlayers, "most students in one live session")
	fs.Float64Var(&api.JoinRate, "join-rate", server.DefaultJoinRate, "join attempts per second allowed from one address in the long run")
	fs.IntVar(&api.JoinBurst, "join-burst", server.DefaultJoinBurst, "join attempts allowed at once from one address (a class behind one school router)")
	fs.Float64Var(&api.CreateRate, "create-rate", server.DefaultCreateRate, "sessions per second one address may start in the long run")
	fs.IntVar(&api.CreateBurst, "create-burst", server.DefaultCreateBurst, "sessions one address may start at once")
	fs.IntVar(&api.MaxSessions, "max-sessions", server.DefaultMaxSessions, "most sessions stored at once (each is removed a day after its last use)")
	fs.Func("max-quiz-storage", fmt.Sprintf("most megabytes of quizzes stored at once (default %d)", server.DefaultMaxQuizStorage>>20), func(v string) error {
		mb, err := strconv.ParseInt(v, 10, 64)
		if err != nil || mb <= 0 {
			return errors.New("give a whole number of megabytes")
		}
		api.MaxQuizStorage = mb << 20
		return nil
	})
	fs.IntVar(&cfg.Limits.MaxConns, "max-conns", server.DefaultMaxConns, "most open connections in all (lowered to fit the open-file limit)")
	fs.IntVar(&cfg.Limits.MaxConnsPerAddr, "max-conns-per-ip", server.DefaultMaxConnsPerAddr, "most open connections from one address (a school routes every student through one)")
	fs.IntVar(&cfg.Limits.MaxStreamsPerAddr, "max-streams-per-ip", server.DefaultMaxStreamsPerAddr, "most live event streams from one address (at least -max-players + 100 unless set)")
	return fs, cfg
}

// parseServe reads serve's flags.
func parseServe(args []string, stderr io.Writer) (serveConfig, error) {
	fs, c := serveFlags(stderr)
	cfg := *c
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	cfg = *c
	// A class of -max-players behind one router needs a stream each, plus
	// the hosts': keep the default per-address stream limit above it.
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if !set["max-streams-per-ip"] {
		cfg.Limits.MaxStreamsPerAddr = max(cfg.Limits.MaxStreamsPerAddr, cfg.Live.API.MaxPlayers+100)
	}
	return cfg, nil
}

// drainTimeout is how long a shutdown waits for requests in flight before
// it cuts them off.
const drainTimeout = 10 * time.Second

// fileReserve is how many open files the connection limit leaves for the
// database, the web folder and the like.
const fileReserve = 64

// serveConfig is what the command line sets for serve.
type serveConfig struct {
	Addr         string
	WebDir       string
	Live         liveConfig
	Limits       server.Limits
	DrainTimeout time.Duration
	// listening, if set, is told the address once the server listens (tests
	// listen on port 0).
	listening func(addr string)
}

func serve(ctx context.Context, log *slog.Logger, cfg serveConfig) error {
	bundle, err := server.OpenBundle(filepath.Join(cfg.WebDir, "app.wasm"))
	if err != nil {
		return err
	}
	engine, err := server.OpenBundle(filepath.Join(cfg.WebDir, "engine.wasm"))
	if err != nil {
		return err
	}
	static, err := server.OpenStatic(cfg.WebDir)
	if err != nil {
		return err
	}
	defer static.Close()
	digest, err := static.Digest()
	if err != nil {
		return fmt.Errorf("reading the web folder: %w", err)
	}
	limits := fitFileLimit(log, cfg.Limits.WithDefaults())
	live, err := openLive(ctx, cfg.Live, log)
	if err != nil {
		return err
	}
	defer live.Close()
	// The pages' version covers the web files as well as the bundle, so that
	// browsers' service workers pick up an edited style.css too.
	version := bundle.Version() + "-" + engine.Version()[:8] + "-" + digest[:8]
	h := newAppHandler(version, static)
	srv := server.New(cfg.Addr, server.Handlers{App: notFoundPages(h), Bundle: bundle, Engine: engine, Stories: storyQuizzes(), Static: static, API: live.API(), Limits: limits})
	srv.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn) // net/http's own errors, as structured logs too
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	log.Info("storyquiz serving", "url", "http://"+ln.Addr().String(), "version", version, "db", live.where,
		"max-conns", limits.MaxConns, "max-conns-per-ip", limits.MaxConnsPerAddr, "max-streams-per-ip", limits.MaxStreamsPerAddr)
	if cfg.listening != nil {
		cfg.listening(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(server.LimitListener(ln, limits.MaxConns, limits.MaxConnsPerAddr)) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: draining requests")
	live.CloseStreams()
	sctx, cancel := context.WithTimeout(context.Background(), cfg.DrainTimeout)
	defer cancel()
	err = srv.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		// A client still sending (or not reading) after the drain timeout
		// must not turn a requested stop into a failure: cut it off.
		log.Warn("shutting down: closed connections still busy after the drain timeout", "timeout", cfg.DrainTimeout)
		err = srv.Close()
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("storyquiz stopped")
	return nil
}

// fitFileLimit raises the open-file limit as far as the OS allows and
// lowers the connection limits to fit under it.
func fitFileLimit(log *slog.Logger, l server.Limits) server.Limits {
	n, err := server.RaiseFileLimit()
	if err != nil {
		log.Warn("could not raise the open-file limit", "err", err)
	}
	if n == 0 || n >= 1<<30 {
		return l
	}
	if fit := max(int(n)-fileReserve, 16); l.MaxConns > fit {
		log.Warn("lowering -max-conns to fit the open-file limit (raise it with ulimit -n or LimitNOFILE=)", "open-file-limit", n, "max-conns", fit)
		l.MaxConns = fit
	}
	l.MaxConnsPerAddr = min(l.MaxConnsPerAddr, l.MaxConns)
	// Streams from one address leave it room for its requests (and /healthz).
	l.MaxStreamsPerAddr = min(l.MaxStreamsPerAddr, l.MaxConnsPerAddr-l.MaxConnsPerAddr/10)
	return l
}

// liveSessions owns the session store and the API that serves it.
type liveSessions struct {
	store hub.Store
	api   *server.API
	where string // the database, for the log: a path, or a URL without its password
}

// liveConfig is what the command line sets about live sessions.
type liveConfig struct {
	DBPath string
	API    server.APIConfig
}

// openLive opens (or creates) the database and lists every session that has
// not expired, so a restart loses nothing. A postgres:// URL selects
// PostgreSQL, waiting for it while ctx allows; anything else is a SQLite file.
func openLive(ctx context.Context, cfg liveConfig, log *slog.Logger) (*liveSessions, error) {
	var st hub.Store
	where := cfg.DBPath
	if postgres.IsURL(cfg.DBPath) {
		where = postgres.Redact(cfg.DBPath)
		pg, err := postgres.Open(ctx, cfg.DBPath, postgres.Options{Logger: log})
		if err != nil {
			return nil, fmt.Errorf("opening the session database: %w", err) // err names the URL, redacted
		}
		st = pg
	} else {
		sq, err := sqlite.Open(cfg.DBPath)
		if err != nil {
			return nil, fmt.Errorf("opening the session database %s: %w", cfg.DBPath, err)
		}
		st = sq
	}
	ac := cfg.API
	ac.Logger = log
	api, err := server.NewAPI(st, ac)
	if err != nil {
		st.Close()
		return nil, err
	}
	return &liveSessions{store: st, api: api, where: where}, nil
}

// API is the handler for everything under /api/.
func (l *liveSessions) API() http.Handler { return l.api }

// CloseStreams ends every live event stream, so that a graceful shutdown
// does not wait for them; clients reconnect to the next server.
func (l *liveSessions) CloseStreams() { l.api.Close() }

// Close stops the API's background work and closes the database.
func (l *liveSessions) Close() error {
	l.api.Close()
	return l.store.Close()
}
