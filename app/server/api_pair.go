//go:build !wasm

package server

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// Pairing another device as the host's remote (see quiz/session/pair.go):
// the host asks for a code, the other device trades it for a host key of
// its own. The code is drawn here and only its hash goes into the log, as
// the keys' hashes do; the key is given once, in a response body.

// pairRefusals gives the status and code of each refusal of a claim.
var pairRefusals = map[error]struct {
	status int
	code   sessionapi.ErrorCode
}{
	session.ErrPairWrong:   {http.StatusForbidden, sessionapi.ErrPairWrong},
	session.ErrPairUsed:    {http.StatusConflict, sessionapi.ErrPairUsed},
	session.ErrPairExpired: {http.StatusGone, sessionapi.ErrPairExpired},
	session.ErrPairFull:    {http.StatusConflict, sessionapi.ErrConflict},
}

// newPairCode returns sessionapi.PairDigits random decimal digits, each
// equally likely.
func newPairCode() string {
	var out [sessionapi.PairDigits]byte
	var b [1]byte
	for i := range out {
		for {
			rand.Read(b[:])
			if b[0] < 250 { // 250 = 25×10: the top of the byte range would favour 0–5
				out[i] = '0' + b[0]%10
				break
			}
		}
	}
	return string(out[:])
}

// normalizePairCode reads a pairing code as a person typed it ("1234 5678",
// "1234-5678"); ok is false when it cannot be one.
func normalizePairCode(s string) (string, bool) {
	code := strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '-' || r == '\t':
			return -1
		case r < '0' || r > '9':
			return 'x'
		}
		return r
	}, s)
	return code, len(code) == sessionapi.PairDigits && !strings.Contains(code, "x")
}

// pairHash is the hash of a pairing code as the log keeps it.
func pairHash(code string) string {
	h := hashSecret(code)
	return hex.EncodeToString(h[:])
}

// handlePair offers a new pairing code, host only. A new code replaces the
// one before it.
func (a *API) handlePair(w http.ResponseWriter, r *http.Request) {
	room, _, ok := a.lookupHost(w, r, "only the host can pair another device")
	if !ok {
		return
	}
	code := newPairCode()
	if err := room.Apply(session.Event{Type: session.EvPair, At: a.now(), PairHash: pairHash(code)}); err != nil {
		a.writePairError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, sessionapi.PairOffer{Code: code[:4] + " " + code[4:], ExpiresInSeconds: int(session.PairTTL.Seconds())})
}

// handlePairClaim trades a pairing code for a new host key. The caller
// holds no key yet, so every claim, right or wrong, first takes a token
// from the refused-requests bucket of its address: once that is empty the
// code is not even checked, and eight digits cannot be guessed in the two
// minutes a code lasts (at most about 300 tries an address, of 10⁸ codes).
func (a *API) handlePairClaim(w http.ResponseWriter, r *http.Request) {
	room, ok := a.lookupLimited(w, r, a.fails, "too many refused requests from this network; please wait a moment")
	if !ok {
		return
	}
	if room == nil {
		writeErrorCode(w, http.StatusForbidden, sessionapi.ErrNoMatch, errNoMatch)
		return
	}
	var req sessionapi.PairClaimRequest
	if !decodeBody(w, r, sessionapi.SmallBodyLimit, &req) {
		return
	}
	code, ok := normalizePairCode(req.Code)
	if !ok {
		writeError(w, http.StatusBadRequest, "a pairing code is 8 digits, as the host's screen shows it")
		return
	}
	secret := newSecret()
	h := hashSecret(secret)
	ev := session.Event{Type: session.EvPairClaim, At: a.now(), PairHash: pairHash(code), SecretHash: hex.EncodeToString(h[:])}
	if err := room.Apply(ev); err != nil {
		a.writePairError(w, err)
		return
	}
	a.log.Info("device paired as host", "code", room.Code())
	writeJSON(w, http.StatusCreated, sessionapi.CreateResponse{Code: room.Code(), HostSecret: secret})
}

// handleUnpair removes every paired device's key, for the session's creator
// only: a remote must not take the controls from the teacher or from the
// other remotes, and a student who paired a phone off the projector must
// not be able to keep the teacher from taking it back. The unpairing goes
// through the session's log, so every node and a restart refuse those keys
// from then on, and their event streams end.
func (a *API) handleUnpair(w http.ResponseWriter, r *http.Request) {
	const refusal = "only the device that created the session can unpair remotes"
	room, c, ok := a.lookupHost(w, r, refusal)
	if !ok {
		return
	}
	if c.Paired != "" {
		writeError(w, http.StatusForbidden, refusal)
		return
	}
	if err := room.Apply(session.Event{Type: session.EvUnpairAll, At: a.now()}); err != nil {
		a.writeSessionError(w, err, nil)
		return
	}
	a.log.Info("remotes unpaired", "code", room.Code())
	a.writeChangedView(w, room, c)
}

// writePairError answers a refusal of pairing, or any other session error.
func (a *API) writePairError(w http.ResponseWriter, err error) {
	for e, ref := range pairRefusals {
		if errors.Is(err, e) {
			writeErrorCode(w, ref.status, ref.code, err.Error())
			return
		}
	}
	a.writeSessionError(w, err, nil)
}
