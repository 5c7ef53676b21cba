// Command cmd declares the defaults of package server's Options with flags: the findings are
// reported here, at each flag's default, naming the cookie of package server.
package main

import (
	"flag"
	"net/http"
	"os"

	"configcat/mid"
	"configcat/server"
)

func main() {
	var opts server.Options
	flag.BoolVar(&opts.SecureCookie, "secure-cookie", false, "") // want `flag -secure-cookie defaults to false, and http.Cookie "session" \(configcat/server/server.go:\d+\) takes Secure from it: deployments that do not set it send the session over plain HTTP`
	flag.BoolVar(&opts.HTTPOnly, "http-only", true, "")          // ok: defaults to true
	flag.BoolVar(&opts.TokenSecure, "token-secure", false, "")   // ok: set in code below
	flag.Parse()
	opts.TokenSecure = os.Getenv("TLS") != ""
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { server.Login(w, &opts) })
	http.Handle("/mid", mid.Handler(&opts))            // mid passes server's uses on too: each is reported once
	csrfSecure := flag.Bool("csrf-secure", false, "")  // want `flag -csrf-secure defaults to false, and http.Cookie "csrf" \(configcat/server/server.go:\d+\) takes Secure from it`
	relayed := server.Options{CSRFSecure: *csrfSecure} // the other fields keep their zero values: a literal is not a defaults declaration
	http.HandleFunc("/relayed", func(w http.ResponseWriter, r *http.Request) { server.Login(w, &relayed) })
}
