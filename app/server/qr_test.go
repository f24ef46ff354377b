//go:build !wasm

package server

import (
	"bytes"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestQR(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		wantCode int
	}{
		{"join link", "http://192.168.1.20:8000/join?code=K7M4QX", http.StatusOK},
		{"empty", "", http.StatusBadRequest},
		{"too long", strings.Repeat("a", MaxQRText+1), http.StatusBadRequest},
		{"longest allowed", strings.Repeat("a", MaxQRText), http.StatusOK},
	}
	h := Routes(Handlers{App: http.NotFoundHandler(), Bundle: http.NotFoundHandler()})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/qr?text="+url.QueryEscape(tt.text), nil))
			if got := rec.Code; got != tt.wantCode {
				t.Fatalf("status = %d, want %d: %s", got, tt.wantCode, rec.Body)
			}
			if tt.wantCode != http.StatusOK {
				return
			}
			if got := rec.Header().Get("Content-Type"); got != "image/png" {
				t.Errorf("Content-Type = %q, want image/png", got)
			}
			img, err := png.Decode(bytes.NewReader(rec.Body.Bytes()))
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			if got := img.Bounds().Dx(); got != qrPixels {
				t.Errorf("width = %d, want %d", got, qrPixels)
			}
		})
	}
}
