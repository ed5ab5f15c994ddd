package fetch

import (
	"fmt"
	"net/netip"
	"strings"
)

// blockedRange is one address range the client never connects to unless the
// allow-list says so.
type blockedRange struct {
	prefix netip.Prefix
	reason string
}

// blockedRanges lists the non-public address space: loopback, private,
// link-local, carrier-grade NAT, multicast, unspecified, broadcast,
// documentation and benchmark ranges, and the IPv6 ranges that embed or
// translate to such addresses. IPv4-mapped IPv6 addresses are unmapped
// before the check, so ::ffff:127.0.0.1 is refused as 127.0.0.1 is.
var blockedRanges = func() []blockedRange {
	table := []struct{ cidr, reason string }{
		{"0.0.0.0/8", "unspecified (this network)"},
		{"10.0.0.0/8", "private (RFC 1918)"},
		{"100.64.0.0/10", "carrier-grade NAT"},
		{"127.0.0.0/8", "loopback"},
		{"169.254.0.0/16", "link-local"},
		{"172.16.0.0/12", "private (RFC 1918)"},
		{"192.0.0.0/24", "IETF protocol assignments"},
		{"192.0.2.0/24", "documentation"},
		{"192.88.99.0/24", "6to4 relay anycast"},
		{"192.168.0.0/16", "private (RFC 1918)"},
		{"198.18.0.0/15", "benchmarking"},
		{"198.51.100.0/24", "documentation"},
		{"203.0.113.0/24", "documentation"},
		{"224.0.0.0/4", "multicast"},
		{"240.0.0.0/4", "reserved"},
		{"255.255.255.255/32", "broadcast"},
		{"::/128", "unspecified"},
		{"::1/128", "loopback"},
		{"::/96", "IPv4-compatible (deprecated)"},
		{"64:ff9b:1::/48", "local-use NAT64"},
		{"100::/64", "discard-only"},
		{"2001::/23", "IETF protocol assignments (Teredo, benchmarking)"},
		{"2001:db8::/32", "documentation"},
		{"3fff::/20", "documentation"},
		{"fc00::/7", "unique local (private)"},
		{"fe80::/10", "link-local"},
		{"fec0::/10", "site-local (deprecated)"},
		{"ff00::/8", "multicast"},
	}
	out := make([]blockedRange, len(table))
	for i, r := range table {
		out[i] = blockedRange{netip.MustParsePrefix(r.cidr), r.reason}
	}
	return out
}()

// metadataAddrs are cloud instance-metadata endpoints. They are refused even
// when an allow-list entry covers them.
var metadataAddrs = map[netip.Addr]bool{
	netip.MustParseAddr("169.254.169.254"): true, // AWS, GCP, Azure, OpenStack
	netip.MustParseAddr("169.254.170.2"):   true, // AWS ECS task metadata
	netip.MustParseAddr("fd00:ec2::254"):   true, // AWS IPv6
	netip.MustParseAddr("100.100.100.200"): true, // Alibaba Cloud
	netip.MustParseAddr("192.0.0.192"):     true, // Oracle Cloud
}

// nat64 is the well-known NAT64 prefix; 6to4 embeds an IPv4 address in
// bits 16–48. Both reach the IPv4 address they embed, so that address is
// checked.
var (
	nat64  = netip.MustParsePrefix("64:ff9b::/96")
	sixTo4 = netip.MustParsePrefix("2002::/16")
)

// CheckAddress returns nil if addr is a public unicast address the client may
// connect to, and otherwise an error wrapping ErrBlockedAddress that names
// the range. IPv4-mapped IPv6 addresses are checked as the IPv4 address they
// map, zones are ignored, and NAT64 and 6to4 addresses are checked as the
// IPv4 address they embed. The zero Addr is refused.
func CheckAddress(addr netip.Addr) error {
	if reason := blockReason(addr); reason != "" {
		return fmt.Errorf("%w: %s is %s", ErrBlockedAddress, addr, reason)
	}
	return nil
}

// blockReason names the non-public range addr falls in, or returns "".
func blockReason(addr netip.Addr) string {
	if !addr.IsValid() {
		return "not a valid address"
	}
	addr = addr.WithZone("").Unmap()
	if metadataAddrs[addr] {
		return "a cloud metadata endpoint"
	}
	for _, r := range blockedRanges {
		if r.prefix.Contains(addr) {
			return r.reason
		}
	}
	if inner, ok := embeddedIPv4(addr); ok {
		if reason := blockReason(inner); reason != "" {
			return "an IPv6 address embedding " + inner.String() + ", " + reason
		}
	}
	return ""
}

// embeddedIPv4 returns the IPv4 address a NAT64 or 6to4 address carries.
func embeddedIPv4(addr netip.Addr) (netip.Addr, bool) {
	b := addr.As16()
	switch {
	case addr.Is6() && nat64.Contains(addr):
		return netip.AddrFrom4([4]byte(b[12:16])), true
	case addr.Is6() && sixTo4.Contains(addr):
		return netip.AddrFrom4([4]byte(b[2:6])), true
	}
	return netip.Addr{}, false
}

// allowList holds the Config.Allow entries: prefixes and host names that may
// be reached although private.
type allowList struct {
	prefixes []netip.Prefix
	hosts    map[string]bool
}

// parseAllowList reads Config.Allow. An entry is a CIDR prefix
// ("10.0.0.0/8"), a single address ("127.0.0.1", "::1") or a host name
// ("intranet.example", matched case-insensitively and without a port).
func parseAllowList(entries []string) (allowList, error) {
	a := allowList{hosts: map[string]bool{}}
	for _, e := range entries {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		if p, err := netip.ParsePrefix(e); err == nil {
			a.prefixes = append(a.prefixes, p.Masked())
			continue
		}
		if ip, err := netip.ParseAddr(e); err == nil {
			a.prefixes = append(a.prefixes, netip.PrefixFrom(ip.Unmap(), ip.Unmap().BitLen()))
			continue
		}
		if strings.ContainsAny(e, "/:[] ") {
			return a, fmt.Errorf("allow-list entry %q is neither an address, a CIDR prefix nor a host name", e)
		}
		a.hosts[strings.ToLower(strings.TrimSuffix(e, "."))] = true
	}
	return a, nil
}

// hostAllowed reports whether host (a name, without port) is on the list.
func (a allowList) hostAllowed(host string) bool {
	return a.hosts[strings.ToLower(strings.TrimSuffix(host, "."))]
}

// check returns nil if the client may connect to addr for host: a public
// address, or a private one the allow-list covers by prefix or by host
// name. Cloud metadata addresses are refused whatever the list says.
func (a allowList) check(host string, addr netip.Addr) error {
	err := CheckAddress(addr)
	if err == nil {
		return nil
	}
	plain := addr.WithZone("").Unmap()
	if metadataAddrs[plain] {
		return err
	}
	if a.hostAllowed(host) {
		return nil
	}
	for _, p := range a.prefixes {
		if p.Contains(plain) {
			return nil
		}
	}
	return err
}
