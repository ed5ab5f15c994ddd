package web

import (
	_ "embed"
	"net/http"
)

// openAPISpec is the OpenAPI 3 description of the API (docs/api.md).
//
//go:embed openapi.json
var openAPISpec []byte

// openAPI serves the OpenAPI description.
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(openAPISpec) // the status is sent; a failed write has no one to tell
	return nil
}
