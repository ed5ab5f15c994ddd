package fetch

import (
	"context"
	"strings"
	"sync"
)

// hostLimits bounds the concurrent Gets per host name. A host's slot set is
// created on first use and dropped when its last holder leaves, so the map
// does not grow with every host ever fetched.
type hostLimits struct {
	per   int
	mu    sync.Mutex
	hosts map[string]*hostSlots
}

type hostSlots struct {
	sem   chan struct{}
	users int // holders and waiters
}

func newHostLimits(per int) *hostLimits {
	return &hostLimits{per: per, hosts: map[string]*hostSlots{}}
}

// acquire waits for a slot for host and returns the function that frees
// it, or ctx's error.
func (h *hostLimits) acquire(ctx context.Context, host string) (func(), error) {
	host = strings.ToLower(host)
	h.mu.Lock()
	s := h.hosts[host]
	if s == nil {
		s = &hostSlots{sem: make(chan struct{}, h.per)}
		h.hosts[host] = s
	}
	s.users++
	h.mu.Unlock()
	select {
	case s.sem <- struct{}{}:
		return func() { <-s.sem; h.leave(host, s) }, nil
	case <-ctx.Done():
		h.leave(host, s)
		return nil, ctx.Err()
	}
}

// leave forgets host when nobody holds or waits for its slots.
func (h *hostLimits) leave(host string, s *hostSlots) {
	h.mu.Lock()
	defer h.mu.Unlock()
	s.users--
	if s.users == 0 {
		delete(h.hosts, host)
	}
}
