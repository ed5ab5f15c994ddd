package fetch

import (
	"net"
	"net/netip"
	"testing"
	"unicode/utf8"
)

// FuzzAddressAllowed checks the address policy against its invariants: an
// IPv4-mapped address gets the verdict of the IPv4 address, a zone does not
// change it, and everything the standard library calls loopback, private,
// link-local, multicast or unspecified is refused.
func FuzzAddressAllowed(f *testing.F) {
	for _, s := range []string{"8.8.8.8", "127.0.0.1", "::ffff:10.0.0.1", "fd00:ec2::254", "64:ff9b::7f00:1", "2002:a00:1::", "fe80::1%lo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		addr, err := netip.ParseAddr(s)
		if err != nil {
			return
		}
		blocked := CheckAddress(addr) != nil
		plain := addr.WithZone("")
		if got := CheckAddress(plain) != nil; got != blocked {
			t.Fatalf("CheckAddress(%s) blocked=%v but without zone %v", addr, blocked, got)
		}
		if addr.Is4() {
			mapped := netip.AddrFrom16(addr.As16())
			if got := CheckAddress(mapped) != nil; got != blocked {
				t.Fatalf("CheckAddress(%s) blocked=%v but mapped %s blocked=%v", addr, blocked, mapped, got)
			}
		}
		ip := net.IP(plain.AsSlice())
		special := ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
			ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified()
		if special && !blocked {
			t.Fatalf("CheckAddress(%s) allowed a special-purpose address", addr)
		}
		if (allowList{}).check("", addr) != nil != blocked {
			t.Fatalf("an empty allow-list changed the verdict on %s", addr)
		}
	})
}

// FuzzUTF8 checks that any body decodes to valid UTF-8 without panicking.
func FuzzUTF8(f *testing.F) {
	f.Add([]byte("<meta charset=koi8-r>\xf0\xf2"), "text/html")
	f.Add([]byte("\xff\xfe<\x00p\x00"), "")
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1252"?><a>caf`+"\xe9</a>"), "application/xml")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		got, _ := UTF8(body, contentType)
		if !utf8.ValidString(got) {
			t.Fatalf("UTF8(%q, %q) = %q, not valid UTF-8", body, contentType, got)
		}
	})
}
