package libold

import (
	"github.com/labstack/echo/v4/middleware"
)

// echo v4.1.17: CSRFConfig has no CookieSameSite (added in v4.2.0), so the CSRF cookie
// carries none and none can be set: SameSite is not judged (a fix inserting the field would
// not compile). Secure is judged as in every version.
func echoCSRF(secure bool) {
	middleware.CSRF()                                                // want `middleware\.CSRF \(github\.com/labstack/echo/v4 before v4\.2\.0\) leaves Secure off by default`
	_ = middleware.CSRFConfig{CookieSecure: true}                    // ok: SameSite cannot be set before v4.2.0
	_ = middleware.CSRFConfig{CookieSecure: secure}                  // ok: non-constant
	_ = middleware.CSRFConfig{TokenLookup: "form:csrf"}              // want `middleware\.CSRFConfig \(github\.com/labstack/echo/v4 before v4\.2\.0\) has no CookieSecure`
	_ = middleware.CSRFConfig{CookieSecure: false, CookieMaxAge: 60} // want `middleware\.CSRFConfig \(github\.com/labstack/echo/v4 before v4\.2\.0\) sets CookieSecure to false`
}
