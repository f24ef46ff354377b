//go:build !wasm

package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/exchange"
	"storyquiz/quiz/exchange/formats"
)

// File conversions are cheap but not free (a 1 MB Moodle XML file is parsed
// whole): one address may ask for filesRate a second in the long run and
// filesBurst at once, which a teacher clicking through every download
// button never reaches.
const (
	filesRate  = 2
	filesBurst = 20
)

// handleExport writes a quiz sent by the browser in a platform's format.
// Nothing is stored: the quiz lives in the teacher's browser.
func (a *API) handleExport(w http.ResponseWriter, r *http.Request) {
	var req sessionapi.ExportRequest
	if !a.startConversion(w, r, &req) {
		return
	}
	defer a.endConversion()
	f, ok := formats.Lookup(req.Format)
	if !ok {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown format %q; use one of %s", req.Format, strings.Join(formats.Names(), ", ")))
		return
	}
	q, err := quiz.Decode(req.Quiz)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, sessionapi.ExportResponse{Name: formats.FileName(q.Title, f), MIME: f.MIME, Data: exchange.Write(f, q)})
}

// handleImport reads a quiz file (Storyquiz JSON, Moodle XML, GIFT or
// Aiken) sent by the browser and returns it as a storyquiz/v1 document.
func (a *API) handleImport(w http.ResponseWriter, r *http.Request) {
	var req sessionapi.ImportRequest
	if !a.startConversion(w, r, &req) {
		return
	}
	defer a.endConversion()
	if len(req.Data) > exchange.MaxImportBytes {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the file is larger than %d KB", exchange.MaxImportBytes>>10))
		return
	}
	name := req.Name
	if name == "" {
		name = "quiz"
	}
	imp, err := exchange.Read(name, req.Data)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	doc, err := json.Marshal(imp.Quiz)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "could not encode the quiz")
		return
	}
	writeJSON(w, http.StatusOK, sessionapi.ImportResponse{Quiz: doc, Notes: imp.Notes})
}

// startConversion admits a file conversion: rate-limited per address, at
// most createsAtOnce decoding at once (shared with session creation, the
// other large bodies), and the body decoded into req. When it returns true
// the caller must call endConversion.
func (a *API) startConversion(w http.ResponseWriter, r *http.Request, req any) bool {
	if ok, retry := a.files.allow(remoteHost(r), a.now()); !ok {
		writeRetry(w, retry, "too many files were converted from this computer in a short time; please wait a moment")
		return false
	}
	select {
	case a.decoding <- struct{}{}:
	case <-r.Context().Done():
		return false
	}
	if !decodeBody(w, r, sessionapi.FileBodyLimit, req) {
		a.endConversion()
		return false
	}
	return true
}

func (a *API) endConversion() { <-a.decoding }
