// Package config is an app's settings, declared with pflag and viper, and the session cookie
// they configure: the config category against the real modules.
package config

import (
	"net/http"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Flags are the command's flags, as cobra's cmd.Flags() would return them.
var Flags = pflag.NewFlagSet("app", pflag.ExitOnError)

var secureCookie = Flags.Bool("secure-cookie", false, "send the session cookie over HTTPS only") // want secureCookie:`flag -secure-cookie defaults to false \(config/config.go:15\)`

func init() {
	viper.SetDefault("cookie.httponly", false)
}

// Login sets the session cookie.
func Login(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    id,
		Path:     "/",
		Secure:   *secureCookie,                     // want `http\.Cookie "session" takes Secure from flag -secure-cookie, which defaults to false \(config/config\.go:15\)`
		HttpOnly: viper.GetBool("cookie.httponly"), // want `http\.Cookie "session" takes HttpOnly from viper key cookie\.httponly, which defaults to false`
		SameSite: http.SameSiteLaxMode,
	})
}
