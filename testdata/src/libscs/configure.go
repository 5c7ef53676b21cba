package libscs

import "time"

func Configure(secure bool) {
	Configured.Cookie.Secure = secure
	Configured.IdleTimeout = 30 * time.Minute
}
