//go:build !wasm

package main

import (
	"fmt"
	"log/slog"
	"net/http"

	"storyquiz/app/server"
	"storyquiz/app/sqlite"
)

// liveSessions owns the session store and the API that serves it.
type liveSessions struct {
	store *sqlite.Store
	api   *server.API
}

// liveConfig is what the command line sets about live sessions.
type liveConfig struct {
	DBPath     string
	MaxPlayers int
	JoinRate   float64
	JoinBurst  int
}

// openLive opens (or creates) the database and reloads every session that
// has not expired, so a restart loses nothing.
func openLive(cfg liveConfig, log *slog.Logger) (*liveSessions, error) {
	st, err := sqlite.Open(cfg.DBPath)
	if err != nil {
		return nil, fmt.Errorf("opening the session database %s: %w", cfg.DBPath, err)
	}
	api, err := server.NewAPI(st, server.APIConfig{
		MaxPlayers: cfg.MaxPlayers,
		Logger:     log,
		JoinRate:   cfg.JoinRate,
		JoinBurst:  cfg.JoinBurst,
	})
	if err != nil {
		st.Close()
		return nil, err
	}
	return &liveSessions{store: st, api: api}, nil
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
