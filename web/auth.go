package web

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax"
)

// authorized lets a request through to h only when it carries the API
// token as "Authorization: Bearer <token>". The token's hash is compared in
// constant time, so the comparison reveals neither the token nor its length.
func (s *Server) authorized(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if !s.hasToken {
			return &parallax.Error{Code: codeForbidden, Message: "writes are disabled: the server was started without an API token"}
		}
		scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return &parallax.Error{Code: codeUnauthorized, Message: "this route needs an 'Authorization: Bearer <token>' header"}
		}
		got := sha256.Sum256([]byte(strings.TrimSpace(token)))
		if subtle.ConstantTimeCompare(got[:], s.tokenHash[:]) != 1 {
			return &parallax.Error{Code: codeUnauthorized, Message: "the bearer token is not valid"}
		}
		return h(w, r)
	}
}

// byteSize writes n bytes for a person: "512 bytes", "32 MiB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
