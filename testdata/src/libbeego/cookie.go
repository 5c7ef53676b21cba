// Package libbeego holds cookiecheck's cases for beego v2 (github.com/beego/beego/v2):
// ctx.SetCookie(name, value, others...) with positional others (output.go:91-167) and the
// session manager's ManagerConfig. Each case is judged from RULES.md and libraries.md §15.
package libbeego

import (
	"net/http"

	"github.com/beego/beego/v2/server/web/context"
)

type settings struct {
	Secure   bool
	SameSite string
}

// others: [0] maxAge, [1] path, [2] domain, [3] secure, [4] httpOnly, [5] sameSite string.
// Defaults: no Secure, no HttpOnly, no SameSite, browser-session cookie.
func cookies(ctx *context.Context, cfg settings) {
	ctx.SetCookie("prefs", "v")                                                // want `SetCookie "prefs" has no (?i)secure` `SetCookie "prefs" has no (?i)httponly` `SetCookie "prefs" has no (?i)samesite`
	ctx.SetCookie("prefs", "v", 3600, "/")                                     // want `SetCookie "prefs" has no (?i)secure` `SetCookie "prefs" has no (?i)httponly` `SetCookie "prefs" has no (?i)samesite`
	ctx.SetCookie("prefs", "v", 3600, "/", "", true, true, "Lax")              // ok: all set
	ctx.SetCookie("prefs", "v", 0, "/", "", true, true, "Strict")              // ok: Strict
	ctx.SetCookie("prefs", "v", 3600, "/", "", true)                           // want `SetCookie "prefs" has no (?i)httponly` `SetCookie "prefs" has no (?i)samesite`
	ctx.SetCookie("prefs", "v", 3600, "/", "", true, true)                     // want `SetCookie "prefs" has no (?i)samesite`
	ctx.SetCookie("prefs", "v", 3600, "/", "", false, true, "Lax")             // want `SetCookie "prefs" sets (?i)secure.* to false`
	ctx.SetCookie("prefs", "v", 3600, "/", "", true, false, "Lax")             // want `SetCookie "prefs" sets (?i)httponly.* to false`
	ctx.SetCookie("prefs", "v", 3600, "/", "", true, true, "")                 // want `SetCookie "prefs" sets (?i)samesite.* to "", which sends no SameSite attribute`
	ctx.SetCookie("prefs", "v", 3600, "/", "", true, true, "None")             // ok: None with Secure
	ctx.SetCookie("prefs", "v", 3600, "/", "", false, true, "None")            // want `SetCookie "prefs" sets (?i)secure.* to false`
	ctx.SetCookie("prefs", "v", 3600, "/", "", cfg.Secure, true, cfg.SameSite) // ok: non-constant values count as set
	ctx.SetCookie("prefs", "v", 3600, "/", "", 1, true, "Lax")                 // ok: any non-nil non-bool secure counts as true

	// output.go:141-152: a nil secure is skipped, so no Secure is sent (the comment there
	// says "can use nil skip set").
	ctx.SetCookie("prefs", "v", 3600, "/", nil, nil, true, "Lax") // want `SetCookie "prefs" .*(?i)secure`

	// output.go:162-166: sameSite is written only when it is a string; an http.SameSite value
	// fails the type assertion and no SameSite attribute is sent.
	ctx.SetCookie("prefs", "v", 3600, "/", "", true, true, http.SameSiteLaxMode) // want `SetCookie "prefs" .*(?i)samesite`

	// A spread slice hides every position from it on: nothing is known, nothing is reported.
	others := []interface{}{3600, "/", "", true, true, "Lax"}
	ctx.SetCookie("prefs", "v", others...) // ok: positions behind ... are unknown

	// Session-named cookies are checked for expiry (maxAge is others[0]).
	ctx.SetCookie("sessionid", "v", 86400*30, "/", "", true, true, "Lax") // want `session cookie .*SetCookie "sessionid" lives 30d`
	ctx.SetCookie("sessionid", "v", 3600, "/", "", true, true, "Lax")     // ok: one hour
	ctx.SetCookie("sessionid", "", -1)                                    // ok: deletion
	ctx.SetCookie("theme", "dark", 86400*365, "/", "", true, true, "Lax") // ok: not session-bearing

	// The same positional others on (*BeegoOutput).Cookie and SetSecureCookie (secret first).
	ctx.Output.Cookie("prefs", "v", 3600, "/", "", true, true, "Lax")              // ok: all set
	ctx.Output.Cookie("prefs", "v")                                                // want `Cookie "prefs" has no (?i)secure` `Cookie "prefs" has no (?i)httponly` `Cookie "prefs" has no (?i)samesite`
	ctx.SetSecureCookie("s3cret", "prefs", "v", 3600, "/", "", true, true, "Lax")  // ok: all set
	ctx.SetSecureCookie("s3cret", "prefs", "v", 3600, "/", "", false, true, "Lax") // want `SetSecureCookie "prefs" sets (?i)secure.* to false`
}
