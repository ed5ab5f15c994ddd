package web

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/parallax-news/parallax"
)

// Error codes of the API beyond parallax's own.
const (
	codeUnauthorized = "unauthorized" // no valid bearer token
	codeForbidden    = "forbidden"    // writes are disabled on this server
	// codeMethodNotAllowed: the path exists, the method does not.
	codeMethodNotAllowed = "method_not_allowed"
)

// statuses maps error codes to HTTP statuses.
var statuses = map[string]int{
	parallax.EINVALID:    http.StatusBadRequest,
	parallax.ETOOLARGE:   http.StatusRequestEntityTooLarge,
	parallax.ENOTFOUND:   http.StatusNotFound,
	parallax.EIO:         http.StatusServiceUnavailable,
	parallax.EINTERNAL:   http.StatusInternalServerError,
	codeUnauthorized:     http.StatusUnauthorized,
	codeForbidden:        http.StatusForbidden,
	codeMethodNotAllowed: http.StatusMethodNotAllowed,
	codeBlocked:          http.StatusBadRequest,
	codeFetchFailed:      http.StatusBadGateway, // the message names the remote URL and is shown
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error errorJSON `json:"error"`
}

type errorJSON struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// writeError is the one place an error becomes a response: the status from
// its code, and a message safe to show, the *parallax.Error's Message for
// client errors and a generic sentence for server errors, whose cause is
// only logged.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, code, msg := s.classify(r, err)
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="parallax"`)
	}
	writeJSON(w, status, errorBody{errorJSON{Code: code, Message: msg}})
}

// classify returns err's HTTP status, code and user-safe message, and logs
// it; the JSON errors and the HTML error pages both use it.
func (s *Server) classify(r *http.Request, err error) (status int, code, msg string) {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		err = &parallax.Error{Code: parallax.ETOOLARGE, Message: "the request body is over the limit of " + byteSize(tooLarge.Limit), Err: err}
	}
	code = parallax.ErrorCode(err)
	status, ok := statuses[code]
	if !ok {
		code, status = parallax.EINTERNAL, http.StatusInternalServerError
	}
	msg = http.StatusText(status)
	var pe *parallax.Error
	switch {
	case status >= 500 && code != codeFetchFailed:
		msg = serverMessage(code)
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "code", code, "err", err)
	case errors.As(err, &pe) && pe.Message != "":
		msg = pe.Message
		s.log.Debug("request refused", "method", r.Method, "path", r.URL.Path, "code", code, "err", err)
	}
	return status, code, msg
}

// serverMessage is what a user is told of a server-side failure.
func serverMessage(code string) string {
	if code == parallax.EIO {
		return "the database is unavailable; try again later"
	}
	return "internal error; it has been logged"
}

// writeJSON writes v as the JSON response body with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v) // the status is sent; a failed write has no one to tell
}
