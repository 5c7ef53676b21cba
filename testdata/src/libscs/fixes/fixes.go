package fixes

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

func setup() *scs.SessionManager {
	sm := scs.New()
	sm.Cookie.Secure = false                      // want `scs\.New.*\bSecure\b`
	sm.Cookie.HttpOnly = false                    // want `scs\.New.*HttpOnly`
	sm.Cookie.SameSite = http.SameSiteDefaultMode // want `scs\.New.*SameSite`
	return sm
}
