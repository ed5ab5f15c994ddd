package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// dialer opens TCP connections only to addresses the policy allows. It
// resolves names itself (through Config.Resolver), drops refused
// addresses, and checks the address again in the socket's Control hook
// right before connect(2): whatever path led to the connection — a
// redirect, a second DNS answer, a literal address — the hook sees the
// address actually dialled.
type dialer struct {
	allow    allowList
	resolver Resolver
	net      net.Dialer
}

// dial is the transport's DialContext. addr is "host:port".
func (d *dialer) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	ips, err := d.lookup(ctx, host)
	if err != nil {
		return nil, err
	}
	var firstErr error
	for _, ip := range ips {
		if err := d.allow.check(host, ip); err != nil {
			firstErr = cmp(firstErr, err)
			continue
		}
		nd := d.net
		nd.ControlContext = d.control(host)
		conn, err := nd.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
		if err == nil {
			return conn, nil
		}
		firstErr = cmp(firstErr, err)
		if ctx.Err() != nil {
			break
		}
	}
	if firstErr == nil {
		firstErr = fmt.Errorf("no address for %s", host)
	}
	return nil, firstErr
}

// cmp keeps the first error.
func cmp(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// lookup returns host's addresses: the literal itself, or the resolver's
// answer.
func (d *dialer) lookup(ctx context.Context, host string) ([]netip.Addr, error) {
	if ip, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{ip}, nil
	}
	answers, err := d.resolver.LookupIPAddr(ctx, host)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", host, err)
	}
	ips := make([]netip.Addr, 0, len(answers))
	for _, a := range answers {
		if ip, ok := netip.AddrFromSlice(a.IP); ok {
			ips = append(ips, ip.WithZone(a.Zone))
		}
	}
	if len(ips) == 0 {
		return nil, fmt.Errorf("resolve %s: no addresses", host)
	}
	return ips, nil
}

// control returns the socket hook that refuses a connect to a disallowed
// address. address is the numeric "ip:port" about to be connected.
func (d *dialer) control(host string) func(ctx context.Context, network, address string, c syscall.RawConn) error {
	return func(_ context.Context, network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: cannot read dialled address %q", ErrBlockedAddress, address)
		}
		switch network {
		case "tcp", "tcp4", "tcp6":
		default:
			return fmt.Errorf("%w: network %q", ErrBlockedAddress, network)
		}
		return d.allow.check(host, ap.Addr())
	}
}

// isBlocked reports whether err comes from the address policy.
func isBlocked(err error) bool { return errors.Is(err, ErrBlockedAddress) }
