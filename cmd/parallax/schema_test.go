package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// schemaPath is the report's JSON Schema (docs/report.md).
const schemaPath = "../../docs/report.schema.json"

// schemaFixtures are the story folders whose analyze output must match the
// schema.
var schemaFixtures = []string{
	"../../reconcile/testdata/calvera-ferry",
	"../../reconcile/testdata/dalmar-front",
	"../../reconcile/testdata/kelmaria-call",
	"../../reconcile/testdata/tesmar-raid",
}

func TestAnalyzeJSONMatchesSchema(t *testing.T) {
	raw, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatalf("read schema: %v", err)
	}
	var schema map[string]any
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	for _, dir := range schemaFixtures {
		var out, errOut bytes.Buffer
		err := runAnalyze(context.Background(), []string{"--format", "json", "--one-story", dir}, &out, &errOut)
		if err != nil {
			t.Fatalf("analyze %s: %v (stderr %s)", dir, err, errOut.String())
		}
		var doc any
		if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
			t.Fatalf("analyze %s: output is not JSON: %v", dir, err)
		}
		v := validator{root: schema}
		v.check(schema, doc, "$")
		for _, e := range v.errs {
			t.Errorf("analyze %s: %s", dir, e)
		}
	}
}

func TestSchemaValidatorRejects(t *testing.T) {
	raw, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatalf("read schema: %v", err)
	}
	var schema map[string]any
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	story := `{"id":"s","title":"t","date":null,"independent":1,"articles":[],"entities":[],"facts":[],
		"discrepancies":[],"unique":[],"quotes":[],"framing":[],"summary":[],"timeline":[%s]}`
	tests := []struct {
		event string
		ok    bool
	}{
		{`{"date":"2024-12-03","granularity":"day","text":"x","articles":[]}`, true},
		{`{"date":"2024-W48","granularity":"week","text":"x","articles":[]}`, true},
		{`{"date":"2016","granularity":"year","text":"x","articles":[]}`, true},
		{`{"date":"2024-W48x","granularity":"week","text":"x","articles":[]}`, false},
		{`{"date":"2024-12-03","granularity":"fortnight","text":"x","articles":[]}`, false},
		{`{"date":"2024-12-03","text":"x","articles":[]}`, false},
	}
	for _, tt := range tests {
		var doc any
		if err := json.Unmarshal([]byte(`{"stories":[`+fmt.Sprintf(story, tt.event)+`]}`), &doc); err != nil {
			t.Fatalf("bad test JSON: %v", err)
		}
		v := validator{root: schema}
		v.check(schema, doc, "$")
		if got := len(v.errs) == 0; got != tt.ok {
			t.Errorf("validate(%s) ok = %v, want %v (%v)", tt.event, got, tt.ok, v.errs)
		}
	}
}

// validator checks a JSON value against the subset of JSON Schema the
// report schema uses: $ref to #/$defs, allOf, type, enum, required,
// properties, items, minItems, minimum, pattern and format date-time.
type validator struct {
	root map[string]any
	errs []string
}

func (v *validator) fail(at, format string, args ...any) {
	v.errs = append(v.errs, at+": "+fmt.Sprintf(format, args...))
}

func (v *validator) check(s map[string]any, val any, at string) {
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		def, _ := v.root["$defs"].(map[string]any)[name].(map[string]any)
		if def == nil {
			v.fail(at, "unknown $ref %s", ref)
			return
		}
		v.check(def, val, at)
	}
	for _, sub := range list(s["allOf"]) {
		v.check(sub.(map[string]any), val, at)
	}
	if t, ok := s["type"]; ok && !typeOK(t, val) {
		v.fail(at, "value %v is not of type %v", val, t)
		return
	}
	if enum, ok := s["enum"]; ok && !slices.Contains(list(enum), val) {
		v.fail(at, "value %v not in %v", val, enum)
	}
	switch x := val.(type) {
	case map[string]any:
		v.object(s, x, at)
	case []any:
		if n, ok := s["minItems"].(float64); ok && float64(len(x)) < n {
			v.fail(at, "%d items, want at least %v", len(x), n)
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				v.check(items, e, fmt.Sprintf("%s[%d]", at, i))
			}
		}
	case float64:
		if m, ok := s["minimum"].(float64); ok && x < m {
			v.fail(at, "%v below minimum %v", x, m)
		}
	case string:
		v.str(s, x, at)
	}
}

func (v *validator) object(s map[string]any, x map[string]any, at string) {
	for _, r := range list(s["required"]) {
		if _, ok := x[r.(string)]; !ok {
			v.fail(at, "missing required %q", r)
		}
	}
	props, _ := s["properties"].(map[string]any)
	for k, sub := range props {
		if e, ok := x[k]; ok {
			v.check(sub.(map[string]any), e, at+"."+k)
		}
	}
}

func (v *validator) str(s map[string]any, x string, at string) {
	if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
		v.fail(at, "%q does not match %s", x, p)
	}
	if s["format"] == "date-time" {
		if _, err := time.Parse(time.RFC3339, x); err != nil {
			v.fail(at, "%q is not a date-time", x)
		}
	}
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func typeOK(t any, val any) bool {
	for _, name := range append(list(t), t) {
		switch name {
		case "object":
			if _, ok := val.(map[string]any); ok {
				return true
			}
		case "array":
			if _, ok := val.([]any); ok {
				return true
			}
		case "string":
			if _, ok := val.(string); ok {
				return true
			}
		case "integer":
			if f, ok := val.(float64); ok && f == float64(int64(f)) {
				return true
			}
		case "null":
			if val == nil {
				return true
			}
		}
	}
	return false
}
