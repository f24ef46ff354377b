//go:build !wasm

package server

import (
	"net/http"
	"time"
	"unicode/utf8"

	qrcode "github.com/skip2/go-qrcode"
)

// Limits of the QR code endpoint: a join link is far shorter than
// MaxQRText, and the limit keeps anyone from making the server draw large
// codes. Drawing one costs about a millisecond of CPU, so each address may
// draw QRBurst at once (every teacher of a school behind one router opening
// the dashboard together) and QRRate per second after that.
const (
	MaxQRText = 200
	QRRate    = 1.0
	QRBurst   = 30
	qrPixels  = 320
)

// qrHandler serves GET /qr?text=… as a PNG QR code drawn here, so that showing a
// join link as a QR code needs no remote service and works on a school
// network without internet access.
func qrHandler() http.Handler {
	limit := newLimiter(QRRate, QRBurst)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		text := r.URL.Query().Get("text")
		if text == "" || len(text) > MaxQRText || !utf8.ValidString(text) {
			http.Error(w, "text must be 1 to 200 bytes of UTF-8", http.StatusBadRequest)
			return
		}
		if ok, retry := limit.allow(remoteHost(r), time.Now()); !ok {
			tooMany(w, retry, "too many QR codes asked for from this network; please wait a moment")
			return
		}
		png, err := qrcode.Encode(text, qrcode.Medium, qrPixels)
		if err != nil {
			http.Error(w, "could not draw the QR code", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "image/png")
		// The same text always gives the same image.
		h.Set("Cache-Control", "public, max-age=86400")
		w.Write(png)
	})
}
