package nethttp

import "net/http"

type settings struct {
	Insecure bool
	Mode     string
}

const debug = false

// A constant false made only when a run-time condition holds is an opt-in, like
// Secure: !cfg.Insecure.
func conditional(w http.ResponseWriter, cfg settings) {
	c := &http.Cookie{Name: "a", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	if cfg.Insecure {
		c.Secure = false // ok: a run-time opt-in
	}
	http.SetCookie(w, c)

	d := &http.Cookie{Name: "b", HttpOnly: true, SameSite: http.SameSiteLaxMode} // ok: Secure set below, decided at run time
	if cfg.Insecure {
		d.Secure = false // ok: a run-time opt-in
	} else {
		d.Secure = true
	}
	http.SetCookie(w, d)

	e := &http.Cookie{Name: "c", Secure: true, SameSite: http.SameSiteLaxMode} // ok: HttpOnly decided in the switch
	switch cfg.Mode {
	case "dev":
		e.HttpOnly = false // ok: a run-time opt-in
	default:
		e.HttpOnly = true
	}
	http.SetCookie(w, e)

	f := &http.Cookie{Name: "d", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	if debug {
		f.Secure = false // want `"d" sets Secure to false`
	}
	f.HttpOnly = false // want `"d" sets HttpOnly to false`
	http.SetCookie(w, f)

	g := &http.Cookie{Name: "e", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	switch {
	case true:
		g.Secure = false // want `"e" sets Secure to false`
	}
	http.SetCookie(w, g)
}

// A parameter's constant false is reported unless a run-time condition guards it.
func conditionalParam(c *http.Cookie, insecure bool) {
	if insecure {
		c.Secure = false // ok: a run-time opt-in
	}
	c.HttpOnly = false // want `http.Cookie sets HttpOnly to false`
	if f := func() bool { return insecure }; f() {
		go func() {
			c.Secure = false // want `http.Cookie sets Secure to false`
		}()
	}
}
