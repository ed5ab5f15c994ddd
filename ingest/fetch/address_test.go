package fetch

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"testing"
)

func TestCheckAddress(t *testing.T) {
	tests := []struct {
		addr    string
		blocked bool
	}{
		{"8.8.8.8", false},
		{"1.1.1.1", false},
		{"151.101.1.69", false},
		{"2606:4700:4700::1111", false},
		{"2a00:1450:4001:80b::200e", false},
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
		{"2002:808:808::1", false},  // 6to4 of 8.8.8.8
		{"127.0.0.1", true},
		{"127.255.255.254", true},
		{"10.0.0.1", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"172.32.0.1", false},
		{"192.168.0.1", true},
		{"100.64.0.1", true},
		{"100.127.255.255", true},
		{"100.128.0.1", false},
		{"169.254.169.254", true},
		{"169.254.1.1", true},
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"255.255.255.255", true},
		{"224.0.0.1", true},
		{"239.255.255.250", true},
		{"240.0.0.1", true},
		{"192.0.2.10", true},
		{"198.51.100.10", true},
		{"203.0.113.10", true},
		{"198.18.0.1", true},
		{"198.19.255.255", true},
		{"192.0.0.192", true},
		{"::", true},
		{"::1", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.1.2.3", true},
		{"::ffff:169.254.169.254", true},
		{"::ffff:8.8.8.8", false},
		{"::127.0.0.1", true},
		{"64:ff9b::7f00:1", true},    // NAT64 of 127.0.0.1
		{"64:ff9b::a9fe:a9fe", true}, // NAT64 of 169.254.169.254
		{"2002:7f00:1::1", true},     // 6to4 of 127.0.0.1
		{"2002:c0a8:101::1", true},   // 6to4 of 192.168.1.1
		{"fc00::1", true},
		{"fd12:3456:789a::1", true},
		{"fd00:ec2::254", true},
		{"fe80::1", true},
		{"fe80::1%eth0", true},
		{"fec0::1", true},
		{"ff02::1", true},
		{"2001:db8::1", true},
		{"3fff::1", true},
		{"2001::1", true}, // Teredo
		{"100::1", true},
	}
	for _, tt := range tests {
		err := CheckAddress(netip.MustParseAddr(tt.addr))
		if (err != nil) != tt.blocked {
			t.Errorf("CheckAddress(%s) = %v, want blocked %v", tt.addr, err, tt.blocked)
		}
		if err != nil && !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("CheckAddress(%s) = %v, want it to wrap ErrBlockedAddress", tt.addr, err)
		}
	}
	if err := CheckAddress(netip.Addr{}); err == nil {
		t.Errorf("CheckAddress(zero Addr) = nil, want an error")
	}
}

func TestAllowList(t *testing.T) {
	allow, err := parseAllowList([]string{"127.0.0.1", "10.8.0.0/16", "169.254.0.0/16", "Intranet.Example.", "::1"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		host, addr string
		allowed    bool
	}{
		{"", "127.0.0.1", true},
		{"", "::ffff:127.0.0.1", true},
		{"", "127.0.0.2", false},
		{"", "::1", true},
		{"", "10.8.200.1", true},
		{"", "10.9.0.1", false},
		{"", "169.254.1.1", true},
		{"", "169.254.169.254", false}, // metadata stays refused
		{"intranet.example", "192.168.4.4", true},
		{"INTRANET.example", "192.168.4.4", true},
		{"intranet.example", "169.254.169.254", false},
		{"other.example", "192.168.4.4", false},
		{"other.example", "8.8.4.4", true},
	}
	for _, tt := range tests {
		err := allow.check(tt.host, netip.MustParseAddr(tt.addr))
		if (err == nil) != tt.allowed {
			t.Errorf("check(%q, %s) = %v, want allowed %v", tt.host, tt.addr, err, tt.allowed)
		}
	}
}

// TestControlHookRefuses shows the connect-time check on its own: whatever
// the name resolved to earlier, the address being connected is refused.
func TestControlHookRefuses(t *testing.T) {
	d := &dialer{resolver: net.DefaultResolver}
	hook := d.control("public.example")
	for _, addr := range []string{"127.0.0.1:80", "[::1]:443", "[::ffff:10.0.0.1]:80", "169.254.169.254:80"} {
		if err := hook(context.Background(), "tcp", addr, nil); !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("control(tcp, %s) = %v, want ErrBlockedAddress", addr, err)
		}
	}
	if err := hook(context.Background(), "tcp4", "8.8.8.8:443", nil); err != nil {
		t.Errorf("control(tcp4, 8.8.8.8:443) = %v, want nil", err)
	}
	if err := hook(context.Background(), "udp", "8.8.8.8:53", nil); err == nil {
		t.Errorf("control(udp, 8.8.8.8:53) = nil, want an error")
	}
}
