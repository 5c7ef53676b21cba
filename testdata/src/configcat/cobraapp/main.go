// Command cobraapp declares its flags on a pflag FlagSet (what cobra's cmd.Flags() returns),
// binds them to viper and unmarshals viper into its config: a flag's default reaches the
// config field by the key viper binds it to (its name) and the field's mapstructure tag.
package main

import (
	"net/http"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

type config struct {
	CookieSecure   bool `mapstructure:"cookie-secure"`
	CookieHTTPOnly bool `mapstructure:"cookie-httponly"`
	Server         struct {
		SecureSession bool // reached by the key server.securesession, case-insensitively
	}
	Unbound bool `mapstructure:"unbound"`
}

func main() {
	flags := &pflag.FlagSet{}
	flags.Bool("cookie-secure", false, "send cookies over HTTPS only")
	flags.Bool("cookie-httponly", true, "")
	flags.Bool("session-secure", false, "")
	flags.Bool("unbound", false, "")
	viper.BindPFlags(flags)
	viper.BindPFlag("server.securesession", flags.Lookup("session-secure"))

	var cfg config
	if err := viper.Unmarshal(&cfg); err != nil {
		panic(err)
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{
			Name:     "session",
			Secure:   cfg.CookieSecure,   // want `takes Secure from flag -cookie-secure, which defaults to false \(viper key cookie-secure, configcat/cobraapp/main.go:\d+\)`
			HttpOnly: cfg.CookieHTTPOnly, // ok: defaults to true
			SameSite: http.SameSiteLaxMode,
		})
		http.SetCookie(w, &http.Cookie{Name: "s2", Secure: cfg.Server.SecureSession, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `takes Secure from flag -session-secure, which defaults to false \(viper key server.securesession`
	})
}
