//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
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

// TestQRRateLimit checks that one address cannot make the server draw QR
// codes without end, while another address is not held back by it.
func TestQRRateLimit(t *testing.T) {
	h := Routes(Handlers{App: http.NotFoundHandler(), Bundle: http.NotFoundHandler()})
	get := func(addr string, i int) int {
		req := httptest.NewRequest("GET", "/qr?text="+url.QueryEscape("http://10.0.0.1:8000/join?code="+strconv.Itoa(i)), nil)
		req.RemoteAddr = addr
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code == http.StatusTooManyRequests && rec.Header().Get("Retry-After") == "" {
			t.Errorf("429 without Retry-After")
		}
		return rec.Code
	}
	got := map[int]int{}
	for i := 0; i < QRBurst+10; i++ {
		got[get("192.0.2.7:5000", i)]++
	}
	want := map[int]int{http.StatusOK: QRBurst, http.StatusTooManyRequests: 10}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("statuses from one address = %v, want %v", got, want)
	}
	if code := get("192.0.2.8:5000", 0); code != http.StatusOK {
		t.Errorf("another address: status %d, want 200", code)
	}
}
