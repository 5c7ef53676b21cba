package fix

import (
	"time"

	"github.com/zerodha/simplesessions/v3"
)

func manager() *simplesessions.Manager {
	return simplesessions.New(simplesessions.Options{
		SessionIDLength: 64,
		Cookie: simplesessions.CookieOptions{ // want `simplesessions\.CookieOptions has no IsSecure` `simplesessions\.CookieOptions has no SameSite`
			IsHTTPOnly: true,
			MaxAge:     time.Hour * 24 * 7,
		},
	})
}
