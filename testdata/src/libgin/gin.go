// Package libgin covers (*gin.Context).SetCookie(name, value, maxAge, path, domain, secure,
// httpOnly) (RULES.md, "Library models"): constant-false secure/httpOnly arguments, SameSite
// only through SetSameSite on the same context in the same function, expiry of session-named
// cookies, deletion cookies, and non-constant arguments.
package libgin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type config struct {
	Secure   bool
	HttpOnly bool
	MaxAge   int
	SameSite http.SameSite
}

var cfg config

const insecure = false

func complete(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_id", "v", 3600, "/", "", true, true) // ok: every attribute set, 1h
}

func strict(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("theme", "dark", 0, "", "", true, true) // ok: every attribute set, browser session
}

func secureFalse(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_id", "v", 3600, "/", "", false, true) // want `SetCookie.*\b[sS]ecure\b`
}

func httpOnlyFalse(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_id", "v", 3600, "/", "", true, false) // want `SetCookie.*(httpOnly|HttpOnly)`
}

func constFalse(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("prefs", "v", 3600, "/", "", insecure, !true) // want `SetCookie.*\b[sS]ecure\b` `SetCookie.*(httpOnly|HttpOnly)`
}

func noSameSite(c *gin.Context) {
	c.SetCookie("session_id", "v", 3600, "/", "", true, true) // want `SetCookie.*SameSite`
}

func allMissing(c *gin.Context) {
	c.SetCookie("prefs", "v", 3600, "/", "", false, false) // want `SetCookie.*\b[sS]ecure\b` `SetCookie.*(httpOnly|HttpOnly)` `SetCookie.*SameSite`
}

// SetSameSite in another function (middleware) does not count: the value is per request and
// per context, and RULES.md asks for it in the same function.
func middleware(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.Next()
}

func afterMiddleware(c *gin.Context) {
	c.SetCookie("session_id", "v", 3600, "/", "", true, true) // want `SetCookie.*SameSite`
}

// SetSameSite on another context does not count.
func otherContext(c, other *gin.Context) {
	other.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_id", "v", 3600, "/", "", true, true) // want `SetCookie.*SameSite`
}

func defaultMode(c *gin.Context) {
	c.SetSameSite(http.SameSiteDefaultMode)                   // want `SetSameSite.*SameSiteDefaultMode|SetCookie.*SameSite`
	c.SetCookie("session_id", "v", 3600, "/", "", true, true) // ok: reported at SetSameSite
}

func zeroMode(c *gin.Context) {
	c.SetSameSite(0)                                          // want `SetSameSite|SetCookie.*SameSite`
	c.SetCookie("session_id", "v", 3600, "/", "", true, true) // ok: reported at SetSameSite
}

func noneWithSecure(c *gin.Context) {
	c.SetSameSite(http.SameSiteNoneMode)
	c.SetCookie("embed_session", "v", 3600, "/", "", true, true) // ok: None with Secure is the user's choice
}

func noneWithoutSecure(c *gin.Context) {
	c.SetSameSite(http.SameSiteNoneMode)                          // ok: the false secure argument is the one finding
	c.SetCookie("embed_session", "v", 3600, "/", "", false, true) // want `SetCookie.*\b[sS]ecure\b`
}

// Expiry applies to session-named cookies only.
func expiry(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session_id", "v", 86400*30, "/", "", true, true)     // want `SetCookie.*session_id.*max-age`
	c.SetCookie("auth_token", "v", 60*60*24*365, "/", "", true, true) // want `SetCookie.*auth_token.*max-age`
	c.SetCookie("sid", "v", 86400*15, "/", "", true, true)            // want `SetCookie.*sid.*max-age`
	c.SetCookie("session_id", "v", 86400*14, "/", "", true, true)     // ok: exactly the limit
	c.SetCookie("theme", "dark", 86400*365, "/", "", true, true)      // ok: not a session cookie
	c.SetCookie("session_id", "v", 0, "/", "", true, true)            // ok: browser-session cookie
	c.SetCookie("session_id", "v", cfg.MaxAge, "/", "", true, true)   // ok: non-constant maxAge
}

// Deletion cookies: only prefix applies.
func logout(c *gin.Context) {
	c.SetCookie("session_id", "", -1, "/", "", false, false) // ok: deletion cookie
}

func logoutNoSameSite(c *gin.Context) {
	c.SetCookie("session_id", "", -1, "", "", true, true) // ok: deletion cookie needs no SameSite
}

// Non-constant arguments are never reported.
func dynamic(c *gin.Context, secure bool) {
	c.SetSameSite(cfg.SameSite)
	c.SetCookie("session_id", "v", cfg.MaxAge, "/", "", cfg.Secure, cfg.HttpOnly) // ok: non-constant
	c.SetCookie("session_id", "v", 3600, "/", "", secure, !secure)                // ok: non-constant
	c.SetCookie("session_id", "v", 3600, "/", "", c.Request.TLS != nil, true)     // ok: non-constant
}

// CSRF cookies are exempt from httponly and expiry.
func csrfCookie(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("csrf_token", "t", 86400*365, "/", "", true, false) // ok: CSRF token cookie
	c.SetCookie("XSRF-TOKEN", "t", 0, "/", "", false, false)        // want `SetCookie.*\b[sS]ecure\b`
}

// Prefix rules apply to gin cookies too.
func prefix(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("__Host-sid", "v", 3600, "/", "example.com", true, true) // want `SetCookie.*__Host-`
	c.SetCookie("__Host-sid", "v", 3600, "/", "", true, true)            // ok: Secure, no Domain, Path "/"
	c.SetCookie("__Host-sid", "v", 3600, "", "", true, true)             // ok: gin turns Path "" into "/"
}

// One SetSameSite statement serves every SetCookie of the function: one diagnostic for it.
func defaultModeTwice(c *gin.Context) {
	c.SetSameSite(http.SameSiteDefaultMode)                 // want `SetSameSite.*SameSiteDefaultMode|SetCookie.*SameSite`
	c.SetCookie("session_id", "v", 60, "/", "", true, true) // ok: reported at SetSameSite
	c.SetCookie("user_pref", "v", 60, "/", "", true, true)  // ok: reported at SetSameSite
}

// Flow-insensitive: a SetSameSite later in the function counts too.
func sameSiteAfter(c *gin.Context) {
	c.SetCookie("session_id", "v", 60, "/", "", true, true) // ok: SetSameSite is called in the function
	c.SetSameSite(http.SameSiteLaxMode)
}
