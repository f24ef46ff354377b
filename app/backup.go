//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"storyquiz/app/postgres"
	"storyquiz/app/sqlite"
)

// backupFlags is backup's flag set.
func backupFlags(out io.Writer) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(out)
	db := fs.String("db", sqlite.DefaultPath, "SQLite database file to back up")
	return fs, db
}

// runBackup copies the live-session database to a new file, safely while
// the server runs.
func runBackup(args []string, stderr io.Writer) int {
	fs, db := backupFlags(stderr)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "storyquiz: backup needs one output file\n%s\n", usage)
		return 2
	}
	if postgres.IsURL(*db) {
		// PostgreSQL's own tool takes a consistent copy of a live database.
		fmt.Fprintf(stderr, "storyquiz: backup copies a SQLite file; back up PostgreSQL (%s) with pg_dump, e.g. pg_dump -Fc -f %s 'postgres://…'\n",
			postgres.Redact(*db), fs.Arg(0))
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
