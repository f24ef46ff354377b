//go:build !wasm

package main

import (
	"log/slog"
	"net/http"
)

// liveSessions wires the session store and API; replaced once they land.
type liveSessions struct{}

func openLive(dbPath string, maxPlayers int, log *slog.Logger) (*liveSessions, error) {
	return &liveSessions{}, nil
}

func (l *liveSessions) API() http.Handler { return nil }
func (l *liveSessions) CloseStreams()     {}
func (l *liveSessions) Close() error      { return nil }
