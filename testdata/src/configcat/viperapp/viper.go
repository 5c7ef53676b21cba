// Package viperapp reads cookie settings from viper keys given a default with SetDefault.
package viperapp

import (
	"net/http"

	"github.com/spf13/viper"
)

func init() {
	viper.SetDefault("cookie.secure", false)
	viper.SetDefault("Cookie.HttpOnly", true)
}

func login(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Secure:   viper.GetBool("cookie.secure"),   // want `takes Secure from viper key cookie.secure, which defaults to false`
		HttpOnly: viper.GetBool("cookie.httponly"), // ok: defaults to true (keys are case-insensitive)
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{
		Name:     "other",
		Secure:   viper.GetBool("cookie.unset"), // ok: no default
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
}
