package parallax

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one CLI exit status and one HTTP status, in one
// place each (cmd/parallax and web).
const (
	EINVALID  = "invalid"   // the input is malformed: bad JSON, binary data, empty
	ETOOLARGE = "too_large" // the input exceeds a size limit
	ENOTFOUND = "not_found" // a file, article or story does not exist
	EIO       = "io"        // reading or writing failed
	EINTERNAL = "internal"  // a bug
)

// Error is a classified error. Message is safe to show a user; Err is the
// cause, for logs.
type Error struct {
	Code    string
	Op      string // the operation that failed, e.g. "read article"
	Path    string // the file or URL concerned, when there is one
	Line    int    // 1-based line in Path, 0 when not applicable
	Message string
	Err     error
}

func (e *Error) Error() string {
	s := ""
	if e.Path != "" {
		s = e.Path
		if e.Line > 0 {
			s += fmt.Sprintf(":%d", e.Line)
		}
		s += ": "
	}
	if e.Message != "" {
		s += e.Message
	} else if e.Err != nil {
		s += e.Err.Error()
	} else {
		s += e.Code
	}
	if e.Message != "" && e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}
