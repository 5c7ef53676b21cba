package libold

import (
	"net/http"

	"github.com/gorilla/csrf"
)

// gorilla/csrf v1.6.2 sets SameSiteDefaultMode (options.go:156), which sends no attribute;
// v1.7.0 made it Lax. The exported API of v1.6.2 and v1.7.0 is the same, so without a
// module version the newest default is assumed: no finding.
func csrfProtect(key []byte, h http.Handler) {
	csrf.Protect(key)(h)                                       // ok: the version cannot be told from v1.7.x here
	csrf.Protect(key, csrf.SameSite(csrf.SameSiteLaxMode))(h)  // ok: Lax
	csrf.Protect(key, csrf.SameSite(csrf.SameSiteDefaultMode)) // want `csrf\.SameSite option to csrf\.SameSiteDefaultMode, which sends no SameSite attribute`
	csrf.Protect(key, csrf.Secure(false))                      // want `csrf\.Protect sets csrf\.Secure option to false`
}
