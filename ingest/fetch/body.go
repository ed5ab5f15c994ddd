package fetch

import (
	"compress/gzip"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// readBody reads resp's body, decompressing it, and fails with
// ErrBodyTooLarge as soon as more than MaxBodyBytes decompressed bytes
// arrive (memory stays bounded by the limit: bytes are streamed through a
// LimitReader, never read whole first). The body must keep arriving: when
// no byte comes for IdleTimeout, stop cancels the request with
// ErrIdleTimeout.
func (c *Client) readBody(ctx context.Context, stop context.CancelCauseFunc, resp *http.Response) ([]byte, error) {
	idle := time.AfterFunc(c.cfg.IdleTimeout, func() { stop(ErrIdleTimeout) })
	defer idle.Stop()
	limit := c.cfg.MaxBodyBytes
	wire := &progressReader{r: io.LimitReader(resp.Body, limit+1), idle: idle, d: c.cfg.IdleTimeout}
	dec, err := decoder(resp.Header.Get("Content-Encoding"), wire)
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(dec, limit+1))
	if err != nil {
		if cause := context.Cause(ctx); cause != nil {
			return nil, fmt.Errorf("read body: %w", cause)
		}
		if wire.n > limit {
			return nil, fmt.Errorf("%w of %d bytes (before decompression)", ErrBodyTooLarge, limit)
		}
		if isCorrupt(err) {
			return nil, fmt.Errorf("%w: %v", ErrEncoding, err)
		}
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > limit || wire.n > limit {
		return nil, fmt.Errorf("%w of %d bytes (after decompression)", ErrBodyTooLarge, limit)
	}
	return body, nil
}

// decoder undoes the Content-Encoding. Parallax asks for gzip or deflate;
// identity and absent encodings pass through; anything else is refused.
func decoder(encoding string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %v", ErrEncoding, err)
		}
		return zr, nil
	case "deflate":
		zr, err := zlib.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%w: deflate: %v", ErrEncoding, err)
		}
		return zr, nil
	}
	return nil, fmt.Errorf("%w: %q", ErrEncoding, encoding)
}

// isCorrupt reports whether err is a decompression format error.
func isCorrupt(err error) bool {
	return err == gzip.ErrChecksum || err == gzip.ErrHeader || err == zlib.ErrChecksum ||
		err == zlib.ErrHeader || err == io.ErrUnexpectedEOF || strings.HasPrefix(err.Error(), "flate:")
}

// drain reads a little of an unwanted body so the connection can be reused.
func drain(resp *http.Response) {
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
}

// progressReader counts the wire bytes and pushes the idle deadline back
// whenever some arrive.
type progressReader struct {
	r    io.Reader
	idle *time.Timer
	d    time.Duration
	n    int64
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.n += int64(n)
		p.idle.Reset(p.d)
	}
	return n, err
}
