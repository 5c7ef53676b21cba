// Command local keeps its flags and its cookies in one package, as small self-hosted tools
// do: flag variables, flags bound to a config struct (standard flag and pflag, the FlagSet
// cobra's cmd.Flags() returns), and settings set in code before use.
package main

import (
	"flag"
	"net/http"
	"os"

	"github.com/spf13/pflag"
)

type config struct {
	secureCookies bool
	httpOnly      bool
	fromTLS       bool
	insecure      bool
	envSecure     bool
}

// envBool returns the boolean environment variable name, or fallback when it is unset.
func envBool(name string, fallback bool) bool {
	if v, ok := os.LookupEnv(name); ok {
		return v == "1" || v == "true"
	}
	return fallback
}

var cfg config

func main() {
	secure := flag.Bool("secure-cookie", false, "mark the session cookie Secure")
	flag.BoolVar(&cfg.secureCookies, "secure-cookies", false, "")
	flag.BoolVar(&cfg.fromTLS, "from-tls", false, "")
	fs := pflag.FlagSet{}
	fs.BoolVarP(&cfg.httpOnly, "http-only", "o", false, "")
	fs.BoolVar(&cfg.insecure, "insecure-cookies", false, "")
	flag.BoolVar(&cfg.envSecure, "env-secure", envBool("APP_SECURE_COOKIE", false), "")
	flag.Parse()
	if os.Getenv("TLS_CERT") != "" {
		cfg.fromTLS = true // set in code before use
	}

	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{
			Name:     "session",
			Secure:   *secure,      // want `http.Cookie "session" takes Secure from flag -secure-cookie, which defaults to false \(configcat/local/main.go:\d+\): deployments that do not set it send the session over plain HTTP`
			HttpOnly: cfg.httpOnly, // want `takes HttpOnly from flag -http-only, which defaults to false`
			SameSite: http.SameSiteLaxMode,
		})
	})
	http.HandleFunc("/prefs", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{
			Name:     "prefs",
			Secure:   cfg.fromTLS,   // ok: set in code from the TLS configuration
			HttpOnly: !cfg.insecure, // ok: an inverted flag that defaults to false
			SameSite: http.SameSiteLaxMode,
		})
		http.SetCookie(w, &http.Cookie{Name: "p3", Secure: cfg.envSecure, HttpOnly: true, SameSite: http.SameSiteLaxMode})     // want `takes Secure from flag -env-secure, which defaults to false \(environment variable APP_SECURE_COOKIE unset, configcat/local/main.go:\d+\)`
		http.SetCookie(w, &http.Cookie{Name: "p2", Secure: cfg.secureCookies, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `takes Secure from flag -secure-cookies`
	})
}
