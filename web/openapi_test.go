package web

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestOpenAPICoversRoutes checks that the embedded description is OpenAPI 3
// and describes every route of the table, and nothing else.
func TestOpenAPICoversRoutes(t *testing.T) {
	var spec struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPISpec, &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi = %q, want 3.x", spec.OpenAPI)
	}
	described := 0
	for _, ops := range spec.Paths {
		described += len(ops)
	}
	routes := 0
	for _, rt := range (&Server{}).routes() {
		method, path, ok := strings.Cut(rt.pattern, " ")
		if !ok {
			continue // the catch-all
		}
		if !strings.HasPrefix(path, "/api/") && path != "/healthz" {
			continue // a web page, not part of the API
		}
		routes++
		if spec.Paths[path][strings.ToLower(method)] == nil {
			t.Errorf("route %s is not in openapi.json", rt.pattern)
		}
	}
	if described != routes {
		t.Errorf("openapi.json describes %d operations, the route table has %d", described, routes)
	}
}
