package nethttp

import (
	"errors"
	"net/http"
)

// validName uses a cookie only to check that a name is a valid cookie name.
func validName(name string) bool {
	c := &http.Cookie{Name: name} // ok: never sent, only String() compared
	return c.String() != ""
}

// fits measures a cookie without sending it.
func fits(name, value string) bool {
	c := http.Cookie{Name: name, Value: value} // ok: never sent, only measured
	return len(c.String()) <= 4096
}

// check validates a cookie without sending it.
func check(name string) error {
	c := &http.Cookie{Name: name, Path: "/"} // ok: never sent, only Valid()
	if err := c.Valid(); err != nil {
		return err
	}
	if c.Name == "" {
		return errors.New("empty")
	}
	return nil
}

// inline literals inspected in place.
func inline(name string) bool {
	_ = (&http.Cookie{Name: name}).String()             // ok: discarded
	return (&http.Cookie{Name: name}).Valid() == nil && // ok: only Valid()
		(&http.Cookie{Name: name, Value: "x"}).String() != "" // ok: compared
}

// A cookie whose String() goes into a Set-Cookie header is sent.
func header(w http.ResponseWriter) {
	c := &http.Cookie{Name: "h", Value: "v"} // want `"h" has no Secure` `"h" has no HttpOnly` `"h" has no SameSite`
	if c.String() == "" {
		return
	}
	w.Header().Add("Set-Cookie", c.String())
}

// A cookie that is returned, stored or passed on escapes.
func escapes(w http.ResponseWriter) *http.Cookie {
	c := &http.Cookie{Name: "r"} // want `"r" has no Secure` `"r" has no HttpOnly` `"r" has no SameSite`
	_ = c.Valid()
	return c
}

func stored(jar map[string]*http.Cookie) {
	c := &http.Cookie{Name: "s"} // want `"s" has no Secure` `"s" has no HttpOnly` `"s" has no SameSite`
	jar["s"] = c
}

func stringKept(w http.ResponseWriter) {
	c := http.Cookie{Name: "k"} // want `"k" has no Secure` `"k" has no HttpOnly` `"k" has no SameSite`
	s := c.String()
	w.Header().Set("Set-Cookie", s)
}

// A named result is sent by a bare return.
func namedResult() (c *http.Cookie) {
	c = &http.Cookie{Name: "n"} // want `"n" has no Secure` `"n" has no HttpOnly` `"n" has no SameSite`
	return
}
