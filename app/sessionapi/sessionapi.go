// Package sessionapi is the wire contract of the live-sessions API, compiled
// into both the server and the WebAssembly client so that the compiler
// checks both ends: the paths, the request and response bodies, the host's
// actions, the error body with its stable codes, the limits, and how a
// typed join code is read.
package sessionapi

import (
	"encoding/json"
	"net/url"
	"strings"

	"storyquiz/quiz/session"
)

// Join codes: CodeLength characters of CodeAlphabet, which leaves out 0/O
// and 1/I/L so that a code is read off a projector without doubt.
const (
	CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
	CodeLength   = 6
)

// Limits of the API.
const (
	// SmallBodyLimit caps join, answer and control requests.
	SmallBodyLimit = 8 << 10
	// QuizBodyLimit caps a creation with a whole quiz (quiz.MaxQuizBytes
	// plus JSON escaping slack).
	QuizBodyLimit = 600 << 10
	// MaxParagraphs and MaxSentences bound a hosted quiz's article: its bytes
	// alone do not, since 170,000 empty paragraphs fit in 512 KB and cost ten
	// times that in memory.
	MaxParagraphs = 2000
	MaxSentences  = 10000
	// MaxNameRunes is the longest display name.
	MaxNameRunes = session.MaxNameRunes
)

// Prefix is where every sessions endpoint lives.
const Prefix = "/api/sessions"

// SessionPath builds Prefix/{code}/{rest} with the code escaped; rest may be
// empty, or one of the endpoint names below.
func SessionPath(code, rest string) string {
	p := Prefix + "/" + url.PathEscape(code)
	if rest != "" {
		p += "/" + rest
	}
	return p
}

// The endpoints under SessionPath.
const (
	Players = "players"     // POST JoinRequest → JoinResponse
	State   = "state"       // GET → session.View
	Events  = "events"      // GET: Server-Sent Events of session.View; ?secret= instead of the header
	Answers = "answers"     // POST AnswerRequest → session.View
	Control = "control"     // POST ControlRequest → session.View
	Results = "results.csv" // GET: the host's CSV
	// The printouts of a finished session, for the host: GET → Printout.
	ResultsPage   = "results"   // the item analysis
	ReportsPage   = "reports"   // the student reports; ?student= keeps one
	WorksheetPage = "worksheet" // a worksheet of the session's quiz; ?versions=ab for A and B
	ItemsCSV      = "items.csv" // GET: the item analysis as a spreadsheet
	// Pairing another device as the host's remote: the host asks for a
	// one-time code, and the other device, which holds no key, trades the
	// code for a host key of its own. Neither the code nor a key is ever
	// in a URL.
	Pair      = "pair"       // POST (host) → PairOffer
	PairClaim = "pair/claim" // POST PairClaimRequest → CreateResponse (the session's code and the device's host key)
	// Unpair removes every paired device's host key, for the session's
	// creator only (a paired device gets 403): a student who paired a
	// phone off the projector loses the controls at once.
	Unpair = "unpair" // POST (the creator) → session.View
)

// NormalizeCode reads a code as a person typed it: upper case, without the
// spaces and dashes people add. ok is false when it cannot be a join code.
func NormalizeCode(s string) (code string, ok bool) {
	code = strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\t' {
			return -1
		}
		return r
	}, strings.ToUpper(strings.TrimSpace(s)))
	if len(code) != CodeLength {
		return code, false
	}
	for i := range len(code) {
		if !strings.ContainsRune(CodeAlphabet, rune(code[i])) {
			return code, false
		}
	}
	return code, true
}

// CreateRequest starts a session, from a shipped story or a quiz made in
// the teacher's browser (a storyquiz/v1 quiz).
type CreateRequest struct {
	Story            string          `json:"story,omitempty"`
	Quiz             json.RawMessage `json:"quiz,omitempty"`
	Mode             session.Mode    `json:"mode,omitempty"`
	TimeLimitSeconds int             `json:"timeLimitSeconds,omitempty"`
	Leaderboard      bool            `json:"leaderboard,omitempty"`
	// Streaks and SpeedBonus turn on the session's bonuses (session.Settings).
	Streaks    bool `json:"streaks,omitempty"`
	SpeedBonus bool `json:"speedBonus,omitempty"`
	// Teams splits the class into 2 to session.MaxTeams teams; 0 for none.
	Teams int `json:"teams,omitempty"`
}

// CreateResponse gives the join code and the host's secret, which only the
// teacher's browser keeps.
type CreateResponse struct {
	Code       string `json:"code"`
	HostSecret string `json:"hostSecret"`
}

// JoinRequest joins a session under a display name.
type JoinRequest struct {
	Name string `json:"name"`
}

// JoinResponse gives the player's id and secret.
type JoinResponse struct {
	PlayerID     string `json:"playerId"`
	PlayerSecret string `json:"playerSecret"`
}

// AnswerRequest is a player's choice for a question.
type AnswerRequest struct {
	QuestionID string `json:"questionId"`
	Choice     *int   `json:"choice"`
}

// Action is what a control request asks for.
type Action string

// The actions. Only the host may send them, except Next, which a self-paced
// student sends to move on.
const (
	ActionStart  Action = "start"
	ActionReveal Action = "reveal"
	ActionNext   Action = "next"
	ActionEnd    Action = "end"
	ActionKick   Action = "kick"
	// ActionAccommodate sets a student's accommodations (PlayerID, Extra,
	// ReadAloud, Fewer).
	ActionAccommodate Action = "accommodate"
	// ActionTeam moves a student (PlayerID) into another team (Team).
	ActionTeam Action = "team"
)

// ControlRequest is a host action (or a self-paced student's Next).
type ControlRequest struct {
	Action Action `json:"action"`
	// PlayerID is the student a Kick removes, or an Accommodate or a Team
	// concerns.
	PlayerID string `json:"playerId,omitempty"`
	// Extra is the extra time an Accommodate gives; empty for the standard.
	// ReadAloud and Fewer are its other accommodations; an Accommodate sets
	// all three at once.
	Extra     session.ExtraTime `json:"extra,omitempty"`
	ReadAloud bool              `json:"readAloud,omitempty"`
	Fewer     bool              `json:"fewer,omitempty"`
	// Team is the team (from 1) a Team action moves the student into.
	Team int `json:"team,omitempty"`
	// Index is the question the host saw when acting on it (Reveal, Next).
	// A request whose question is no longer the current one — a second
	// host tab, a retried click — is refused with ErrStale and the current
	// view, instead of skipping a question.
	Index *int `json:"index,omitempty"`
}

// PairOffer is a pairing code for another device: PairDigits digits in two
// groups of four ("1234 5678"), as a person reads and types them, valid
// for ExpiresInSeconds and for one claim.
type PairOffer struct {
	Code             string `json:"code"`
	ExpiresInSeconds int    `json:"expiresInSeconds"`
}

// PairDigits is the length of a pairing code: short enough to type on a
// phone, and with claims rate-limited per address (each one counts as a
// refused request) far too many to guess in a code's two minutes.
const PairDigits = 8

// PairClaimRequest is the pairing code as the teacher typed it; spaces and
// dashes are ignored.
type PairClaimRequest struct {
	Code string `json:"code"`
}

// ErrorCode names why a request was refused; clients choose their words by it.
type ErrorCode string

// The error codes.
const (
	ErrBadRequest  ErrorCode = "bad_request"  // 400: the body is not what the endpoint takes
	ErrBadName     ErrorCode = "bad_name"     // 400: the name cannot be used
	ErrNeedSecret  ErrorCode = "need_secret"  // 401
	ErrNoMatch     ErrorCode = "no_match"     // 403: unknown code, or a key nobody in the session has
	ErrForbidden   ErrorCode = "forbidden"    // 403: the caller may not do this
	ErrEnded       ErrorCode = "ended"        // 403 on join, 409 otherwise: the session has ended
	ErrFull        ErrorCode = "full"         // 403: the session has no place left
	ErrNotFound    ErrorCode = "not_found"    // 404
	ErrMethod      ErrorCode = "method"       // 405
	ErrNameTaken   ErrorCode = "name_taken"   // 409
	ErrStale       ErrorCode = "stale"        // 409: the host acted on a question that has moved on; View holds the current one
	ErrConflict    ErrorCode = "conflict"     // 409: not possible at this point of the session
	ErrTooLarge    ErrorCode = "too_large"    // 413
	ErrMediaType   ErrorCode = "media_type"   // 415
	ErrPairWrong   ErrorCode = "pair_wrong"   // 403: not the pairing code on offer
	ErrPairUsed    ErrorCode = "pair_used"    // 409: the pairing code was claimed already
	ErrPairExpired ErrorCode = "pair_expired" // 410: the pairing code's time is up
	ErrRateLimited ErrorCode = "rate_limited" // 429, with Retry-After
	ErrServer      ErrorCode = "server"       // 500
	ErrDamaged     ErrorCode = "damaged"      // 500: the session could not be read back
	ErrUnavailable ErrorCode = "unavailable"  // 503
	ErrStorageFull ErrorCode = "storage_full" // 507: the disk or the server's quota is full
)

// Error is the body of every refusal. Message is meant for people.
type Error struct {
	Message string    `json:"error"`
	Code    ErrorCode `json:"code"`
	// View is the current view, sent with ErrStale.
	View *session.View `json:"view,omitempty"`
}

// Quiz files: the server converts a quiz kept in a teacher's browser to and
// from the formats of learning platforms (quiz/exchange), so that the
// converters stay out of the WebAssembly bundle. Nothing sent is stored.
const (
	ExportPath = "/api/quiz-files/export" // POST ExportRequest → ExportResponse
	ImportPath = "/api/quiz-files/import" // POST ImportRequest → ImportResponse
	// FileBodyLimit caps both requests: an imported file of
	// exchange.MaxImportBytes travels as base64, a third larger.
	FileBodyLimit = 1500 << 10
)

// ExportRequest asks for a quiz (a storyquiz/v1 document) in the format
// named by Format (one of exchange.Formats).
type ExportRequest struct {
	Format string          `json:"format"`
	Quiz   json.RawMessage `json:"quiz"`
}

// ExportResponse is the file to save: its name, media type and bytes.
type ExportResponse struct {
	Name string `json:"name"`
	MIME string `json:"mime"`
	Data []byte `json:"data"`
}

// ImportRequest is a quiz file as the teacher chose it: its name and bytes.
type ImportRequest struct {
	Name string `json:"name"`
	Data []byte `json:"data"`
}

// ImportResponse is the quiz read from the file, as a storyquiz/v1
// document, and notes in plain words on what was left out on the way.
type ImportResponse struct {
	Quiz  json.RawMessage `json:"quiz"`
	Notes []string        `json:"notes,omitempty"`
}

// Printout is a page a teacher reads or prints after a session (the item
// analysis, the student reports, a worksheet), made by the server: its
// title and two HTML fragments of one element each, Head (heading, lead,
// notices) and Body (the sheets); the browser puts its buttons between
// them. Every text in them is escaped.
type Printout struct {
	Title string `json:"title"`
	Head  string `json:"head"`
	Body  string `json:"body"`
}
