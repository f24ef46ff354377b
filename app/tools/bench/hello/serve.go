//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/server"
)

// serve serves the hello-world through the same server type as Storyquiz:
// server.Routes with server.Bundle, which sends web/app.wasm.br when the
// browser accepts brotli, and go-app's Handler for the page and app.js.
// go-app reads static files from ./web, so run it from the directory that
// holds web/.
func serve() {
	addr := flag.String("addr", "127.0.0.1:8001", "address to listen on (host:port)")
	web := flag.String("web", "web", "directory holding app.wasm and its .br and .gz copies")
	flag.Parse()
	if err := run(*addr, *web); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}

func run(addr, web string) error {
	bundle, err := server.OpenBundle(filepath.Join(web, "app.wasm"))
	if err != nil {
		return err
	}
	// Static files come from the web folder only, as in Storyquiz (go-app's
	// default reads the working directory).
	static, err := server.OpenStatic(web)
	if err != nil {
		return err
	}
	defer static.Close()
	h := &app.Handler{
		Resources: static,
		Name:      "Hello",
		Title:     "Hello",
		// A local icon: go-app's default one is remote, which the security
		// headers block and which Storyquiz does not load either.
		Icon:                    app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png"},
		Version:                 bundle.Version(),
		WasmContentLengthHeader: server.WasmLengthHeader,
	}
	srv := server.New(addr, server.Handlers{App: h, Bundle: bundle, Static: static})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, "hello serving on http://"+ln.Addr().String())
	return srv.Serve(ln)
}
